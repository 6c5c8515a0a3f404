namespace HanoiDvc.Application.Accounts.Common;

/// <summary>
/// Configuration section <c>PasswordReset</c>. No legal text sets how long a reset link lives: a setting, kept short
/// because whoever reads the mailbox can use it.
/// </summary>
public sealed class PasswordResetOptions
{
    public const string Section = "PasswordReset";

    /// <summary>Minutes a reset link stays usable (default 30).</summary>
    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>The SPA page that sets the new password; the token follows in the fragment (never sent to a server).</summary>
    public string PagePath { get; set; } = "/dat-lai-mat-khau";
}
