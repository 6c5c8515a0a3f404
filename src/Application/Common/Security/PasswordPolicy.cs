namespace HanoiDvc.Application.Common.Security;

/// <summary>The password rules, shared by the request validators and the Identity options so that both say the same.</summary>
public static class PasswordPolicy
{
    /// <summary>Fewest characters in a password.</summary>
    public const int MinimumLength = 10;

    /// <summary>Most characters in a password (bounds the hashing work per attempt).</summary>
    public const int MaximumLength = 128;

    /// <summary>Failed attempts after which an account is locked.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a lockout lasts.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
