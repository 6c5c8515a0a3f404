namespace HanoiDvc.WebApi.Security;

/// <summary>Configuration section <c>RateLimiting:Integrator</c>: a fixed window per integrator (client id) on every API call it makes.</summary>
public sealed class IntegratorRateLimitOptions : IFixedWindowLimit
{
    public const string Section = "RateLimiting:Integrator";

    /// <summary>Requests allowed per window and client (default 600).</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>Window length in seconds (default 60).</summary>
    public int WindowSeconds { get; set; } = 60;
}
