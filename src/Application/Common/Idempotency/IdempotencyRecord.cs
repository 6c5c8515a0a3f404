namespace HanoiDvc.Application.Common.Idempotency;

/// <summary>
/// A client's <c>Idempotency-Key</c> already used by a user: the hash of the request it came with and what it produced.
/// Written in the same transaction as the change; a unique (user, key) index makes two concurrent first tries end with one.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid UserId { get; init; }

    public string Key { get; init; } = string.Empty;

    /// <summary>SHA-256 of the request's meaningful content.</summary>
    public string RequestHash { get; init; } = string.Empty;

    /// <summary>The resource the request produced.</summary>
    public Guid ResourceId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
