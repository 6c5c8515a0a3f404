namespace HanoiDvc.WebApi.Security;

/// <summary>Configuration section <c>RateLimiting:Login</c>: a fixed window per client IP on sign-in and registration.</summary>
public sealed class LoginRateLimitOptions : IFixedWindowLimit
{
    public const string Section = "RateLimiting:Login";

    /// <summary>Requests allowed per window and client IP (default 10).</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>Window length in seconds (default 60).</summary>
    public int WindowSeconds { get; set; } = 60;
}
