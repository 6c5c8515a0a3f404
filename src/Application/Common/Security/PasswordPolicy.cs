namespace HanoiDvc.Application.Common.Security;

/// <summary>The password rules, shared by the request validators and the Identity options so that both say the same.</summary>
public static class PasswordPolicy
{
    /// <summary>Fewest characters in a password.</summary>
    public const int MinimumLength = 10;

    /// <summary>Most characters in a password (bounds the hashing work per attempt).</summary>
    public const int MaximumLength = 128;
}
