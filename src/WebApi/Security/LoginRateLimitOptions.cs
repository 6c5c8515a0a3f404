namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Configuration section <c>RateLimiting:Login</c>: a fixed window per client IP on sign-in and registration, and against
/// guessing one account's password: after <see cref="FailureLimit"/> failed sign-ins for one user name from one IP within
/// <see cref="FailureWindowSeconds"/>, that IP may not sign in as that user name for <see cref="LockoutSeconds"/>, while
/// the account's owner still can from anywhere else (failures never lock the account itself).
/// </summary>
public sealed class LoginRateLimitOptions : IFixedWindowLimit, IFailureLimit
{
    public const string Section = "RateLimiting:Login";

    /// <summary>Requests allowed per window and client IP (default 10).</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>Window length in seconds (default 60).</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Failed sign-ins for one user name from one IP before the lock (default 5).</summary>
    public int FailureLimit { get; set; } = 5;

    /// <summary>The window in which failures count, in seconds (default 900).</summary>
    public int FailureWindowSeconds { get; set; } = 900;

    /// <summary>How long the lock lasts, in seconds (default 900).</summary>
    public int LockoutSeconds { get; set; } = 900;
}
