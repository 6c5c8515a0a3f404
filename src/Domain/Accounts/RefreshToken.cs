namespace HanoiDvc.Domain.Accounts;

/// <summary>
/// One refresh token of a sign-in session. Only the SHA-256 hash of the token is kept. Every use rotates it:
/// the used token is revoked and points to its successor in the same <see cref="FamilyId"/> (the session), so a
/// revoked token presented again reveals theft and the whole family can be revoked.
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken() { }

    /// <summary>Identifier (UUID v7).</summary>
    public Guid Id { get; private init; }

    /// <summary>The account the token signs in.</summary>
    public Guid UserId { get; private init; }

    /// <summary>Hex SHA-256 of the token; the token itself is never stored.</summary>
    public string TokenHash { get; private init; } = null!;

    /// <summary>The session: every token obtained by rotating one token shares its family.</summary>
    public Guid FamilyId { get; private init; }

    /// <summary>When the token was issued.</summary>
    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>After this instant the token cannot be exchanged.</summary>
    public DateTimeOffset ExpiresAt { get; private init; }

    /// <summary>When the token was used, the session ended or the family was revoked; null while usable.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>The token that replaced this one when it was used.</summary>
    public Guid? ReplacedById { get; private set; }

    /// <summary>The client address that obtained the token.</summary>
    public string? CreatedByIp { get; private init; }

    /// <summary>Starts a new session for <paramref name="userId"/>.</summary>
    public static RefreshToken Issue(Guid userId, string tokenHash, DateTimeOffset now, TimeSpan lifetime, string? createdByIp) =>
        Create(userId, tokenHash, Guid.CreateVersion7(), now, lifetime, createdByIp);

    /// <summary>Whether the token may still be exchanged.</summary>
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>Exchanges this token for its successor in the same session; this one is revoked and linked to it.</summary>
    /// <exception cref="DomainException">Code <c>refresh_token.inactive</c> when the token is revoked or expired.</exception>
    public RefreshToken Rotate(string newTokenHash, DateTimeOffset now, TimeSpan lifetime, string? createdByIp)
    {
        if (!IsActive(now))
        {
            throw new DomainException("refresh_token.inactive", "A revoked or expired refresh token cannot be exchanged.");
        }

        var next = Create(UserId, newTokenHash, FamilyId, now, lifetime, createdByIp);
        RevokedAt = now;
        ReplacedById = next.Id;
        return next;
    }

    /// <summary>
    /// Whether this token, presented again after it was exchanged, may be answered with its successor's session instead
    /// of being treated as stolen: it was exchanged (not revoked by a sign-out) no longer than <paramref name="grace"/> ago,
    /// and the repeat comes from the address that made the successor (the client fingerprint kept with each token; an
    /// unknown address never matches).
    /// Two tabs refreshing the same cookie at the same moment look like this; a copy used later or elsewhere does not.
    /// </summary>
    /// <param name="successor">The token that replaced this one (<see cref="ReplacedById"/>).</param>
    /// <param name="now">The current instant.</param>
    /// <param name="grace">How long after the exchange a repeat is accepted (a setting; zero turns the grace off).</param>
    /// <param name="clientIp">The address of the repeated request.</param>
    public bool MayRepeatExchange(RefreshToken successor, DateTimeOffset now, TimeSpan grace, string? clientIp)
    {
        ArgumentNullException.ThrowIfNull(successor);
        return grace > TimeSpan.Zero
            && ReplacedById == successor.Id
            && successor.FamilyId == FamilyId
            && RevokedAt is { } exchangedAt
            && now - exchangedAt <= grace
            && successor.IsActive(now)
            && successor.CreatedByIp is not null
            && string.Equals(successor.CreatedByIp, clientIp, StringComparison.Ordinal);
    }

    /// <summary>Makes the token unusable; a token revoked earlier keeps its first revocation time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    private static RefreshToken Create(Guid userId, string tokenHash, Guid familyId, DateTimeOffset now, TimeSpan lifetime, string? createdByIp)
    {
        if (string.IsNullOrWhiteSpace(tokenHash))
        {
            throw new DomainException("refresh_token.hash_required", "A refresh token needs its hash.");
        }

        if (lifetime <= TimeSpan.Zero)
        {
            throw new DomainException("refresh_token.invalid_lifetime", "A refresh token's lifetime must be positive.");
        }

        return new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            TokenHash = tokenHash,
            FamilyId = familyId,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
            CreatedByIp = createdByIp,
        };
    }
}
