namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Configuration section <c>RateLimiting:PublicCheck</c>: a fixed window per client IP on the anonymous result
/// verification, so codes cannot be tried in bulk.
/// </summary>
public sealed class PublicCheckRateLimitOptions : IFixedWindowLimit
{
    public const string Section = "RateLimiting:PublicCheck";

    /// <summary>Requests allowed per window and client IP (default 30).</summary>
    public int PermitLimit { get; set; } = 30;

    /// <summary>Window length in seconds (default 60).</summary>
    public int WindowSeconds { get; set; } = 60;
}
