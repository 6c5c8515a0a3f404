using System.Text.Json;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Common.Outbox;

/// <summary>
/// A domain event waiting to be delivered (transactional outbox): written in the same transaction as the change that
/// raised it, delivered afterwards by the dispatcher, which marks it sent, retries it with back-off, or gives up on it
/// (kept, with the last error, for an operator to see).
/// </summary>
public sealed class OutboxMessage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private OutboxMessage() { }

    /// <summary>Time-ordered id (UUID v7); the idempotency key of everything the message causes.</summary>
    public Guid Id { get; private set; }

    /// <summary>The event's type name (e.g. <c>DossierReceived</c>), which selects its handlers.</summary>
    public string Type { get; private set; } = null!;

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; } = null!;

    /// <summary>When the message was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not delivered before this instant (the back-off after a failure).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Delivery attempts that failed.</summary>
    public int Attempts { get; private set; }

    /// <summary>When it was delivered; null while pending.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>When the dispatcher gave up after the last allowed attempt; null otherwise.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>The last failure, for operators.</summary>
    public string? LastError { get; private set; }

    /// <summary>A message for <paramref name="domainEvent"/>, due now.</summary>
    public static OutboxMessage For(IDomainEvent domainEvent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var type = domainEvent.GetType();
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = type.Name,
            Payload = JsonSerializer.Serialize(domainEvent, type, Json),
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>The event, read back as <paramref name="type"/>.</summary>
    public IDomainEvent Read(Type type) => (IDomainEvent)(JsonSerializer.Deserialize(Payload, type, Json)
        ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload."));

    /// <summary>Delivered.</summary>
    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        LastError = null;
    }
}
