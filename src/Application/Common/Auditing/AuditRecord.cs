namespace HanoiDvc.Application.Common.Auditing;

/// <summary>
/// One change to one row, written in the same transaction as the change itself (append-only: the database refuses
/// UPDATE and DELETE of these rows). Secrets (password hashes, security stamps, refresh tokens) never appear here.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>Time-ordered id (UUID v7).</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>When the change was saved (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The signed-in user, or null (anonymous or system).</summary>
    public Guid? UserId { get; init; }

    /// <summary>The user's name, <c>system</c> outside an HTTP request, or null for an anonymous request.</summary>
    public string? UserName { get; init; }

    /// <summary>The caller's IP address, when known.</summary>
    public string? ClientIp { get; init; }

    /// <summary>The request's correlation id (<c>X-Correlation-Id</c>), when the change came through HTTP.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The use case (MediatR request type name, e.g. <c>ReceiveDossier</c>) that made the change, when there was one.</summary>
    public string? UseCase { get; init; }

    /// <summary>The changed entity's type (e.g. <c>Dossier</c>).</summary>
    public string EntityType { get; init; } = string.Empty;

    /// <summary>The changed entity's key (composite keys joined by commas).</summary>
    public string EntityId { get; init; } = string.Empty;

    /// <summary>Added, Modified or Deleted.</summary>
    public AuditChangeKind ChangeKind { get; init; }

    /// <summary>JSON object of the columns before the change (changed columns only for Modified; null for Added).</summary>
    public string? Before { get; init; }

    /// <summary>JSON object of the columns after the change (changed columns only for Modified; null for Deleted).</summary>
    public string? After { get; init; }
}
