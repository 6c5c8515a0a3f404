namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Configuration section <c>RateLimiting:Lookup</c>: the public dossier lookup (code + citizen ID). A fixed window of
/// requests per client IP, and against guessing codes for one citizen ID: after <see cref="FailureLimit"/> failed lookups
/// for one citizen ID from one IP within <see cref="FailureWindowSeconds"/>, that IP may not look that citizen ID up for
/// <see cref="LockoutSeconds"/>, even with the right code.
/// </summary>
public sealed class LookupRateLimitOptions : IFixedWindowLimit, IFailureLimit
{
    public const string Section = "RateLimiting:Lookup";

    /// <summary>Lookups allowed per window and client IP (default 20).</summary>
    public int PermitLimit { get; set; } = 20;

    /// <summary>Window length in seconds (default 60).</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Failed lookups (no dossier for the pair) for one citizen ID from one IP before the lock (default 5).</summary>
    public int FailureLimit { get; set; } = 5;

    /// <summary>The window in which failures count, in seconds (default 900).</summary>
    public int FailureWindowSeconds { get; set; } = 900;

    /// <summary>How long the lock lasts, in seconds (default 900).</summary>
    public int LockoutSeconds { get; set; } = 900;
}
