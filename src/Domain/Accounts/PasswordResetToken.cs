namespace HanoiDvc.Domain.Accounts;

/// <summary>
/// A one-time permission to set a new password, mailed to the account's address as a link. Only the SHA-256 of the
/// token is kept; it is usable once, for a short while (a setting: no legal text fixes it), and a newer request for the
/// same account supersedes it.
/// </summary>
public sealed class PasswordResetToken
{
    private PasswordResetToken() { }

    /// <summary>Identifier (UUID v7).</summary>
    public Guid Id { get; private init; }

    /// <summary>The account whose password the token resets.</summary>
    public Guid UserId { get; private init; }

    /// <summary>Hex SHA-256 of the token; the token itself is never stored.</summary>
    public string TokenHash { get; private init; } = null!;

    /// <summary>When it was issued.</summary>
    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>After this instant it resets nothing.</summary>
    public DateTimeOffset ExpiresAt { get; private init; }

    /// <summary>When it was used or superseded by a newer request; null while usable.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>A token for <paramref name="userId"/>, valid for <paramref name="lifetime"/>.</summary>
    public static PasswordResetToken Issue(Guid userId, string tokenHash, DateTimeOffset now, TimeSpan lifetime)
    {
        if (string.IsNullOrWhiteSpace(tokenHash))
        {
            throw new DomainException("password_reset.hash_required", "A password reset token needs its hash.");
        }

        if (lifetime <= TimeSpan.Zero)
        {
            throw new DomainException("password_reset.invalid_lifetime", "A password reset token's lifetime must be positive.");
        }

        return new PasswordResetToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            TokenHash = tokenHash,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
    }

    /// <summary>Whether it may still reset the password.</summary>
    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;
}
