namespace HanoiDvc.WebApi.Security;

/// <summary>Configuration section <c>RateLimiting:Submission</c>: a fixed window per signed-in user on online submission.</summary>
public sealed class SubmissionRateLimitOptions : IFixedWindowLimit
{
    public const string Section = "RateLimiting:Submission";

    /// <summary>Submissions allowed per window and user (default 10).</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>Window length in seconds (default 600).</summary>
    public int WindowSeconds { get; set; } = 600;
}
