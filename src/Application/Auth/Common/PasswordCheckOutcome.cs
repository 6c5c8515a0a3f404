namespace HanoiDvc.Application.Auth.Common;

/// <summary>How a password check ended.</summary>
public enum PasswordCheckOutcome
{
    /// <summary>The password is right and the account is not locked.</summary>
    Succeeded,

    /// <summary>No such account, or a wrong password (indistinguishable to the caller).</summary>
    Failed,

    /// <summary>The password is right but an administrator locked the account.</summary>
    LockedOut,
}
