namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>
/// Conditions the caller put on a write: the entity tags it expects the resource to have (HTTP <c>If-Match</c>), and the
/// key that makes a retry of the write safe (<c>Idempotency-Key</c>).
/// </summary>
public interface IRequestPreconditions
{
    /// <summary>The tags of <c>If-Match</c> (without quotes); null when the request has none; <c>*</c> matches anything.</summary>
    IReadOnlyList<string>? IfMatch { get; }

    /// <summary>The <c>Idempotency-Key</c> header as sent (checked by the use case), or null.</summary>
    string? IdempotencyKey { get; }
}
