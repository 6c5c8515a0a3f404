namespace HanoiDvc.Application.Auth.Common;

/// <summary>How a password check ended.</summary>
public enum PasswordCheckOutcome
{
    /// <summary>The password is right and the account is not locked.</summary>
    Succeeded,

    /// <summary>No such account, or a wrong password (indistinguishable to the caller).</summary>
    Failed,

    /// <summary>The account is locked (now, or by this failed attempt).</summary>
    LockedOut,
}
