namespace HanoiDvc.Domain.Integrations;

/// <summary>Where a delivery stands.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Not yet delivered; an attempt is due at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Pending = 0,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered = 1,

    /// <summary>Every attempt failed (or the subscription was disabled); a manual redelivery can start it again.</summary>
    Failed = 2,
}

/// <summary>One event for one subscription: the payload (fixed when the event happened) and its attempts.</summary>
public sealed class WebhookDelivery
{
    private readonly List<WebhookAttempt> _attempts = [];

    private WebhookDelivery() { }

    public Guid Id { get; private set; }

    public Guid SubscriptionId { get; private set; }

    /// <summary>The outbox message the event came from: one delivery per (subscription, message).</summary>
    public Guid OutboxMessageId { get; private set; }

    public string EventType { get; private set; } = null!;

    /// <summary>The JSON body sent, byte for byte the same at every attempt.</summary>
    public string Payload { get; private set; } = null!;

    /// <summary>When the event was written to the outbox (the start of the latency a receiver sees).</summary>
    public DateTimeOffset EventAt { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    public int AttemptCount { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public IReadOnlyList<WebhookAttempt> Attempts => _attempts.AsReadOnly();

    public static WebhookDelivery For(Guid subscriptionId, Guid outboxMessageId, string eventType, string payload, DateTimeOffset eventAt, DateTimeOffset now, Guid? id = null) => new()
    {
        Id = id ?? Guid.CreateVersion7(),
        SubscriptionId = subscriptionId,
        OutboxMessageId = outboxMessageId,
        EventType = eventType,
        Payload = payload,
        EventAt = eventAt.ToUniversalTime(),
        Status = WebhookDeliveryStatus.Pending,
        NextAttemptAt = now.ToUniversalTime(),
    };

    /// <summary>Records an attempt; on failure schedules the next one after <paramref name="retryAfter"/>, or gives up when there is none.</summary>
    public WebhookAttempt Record(DateTimeOffset startedAt, TimeSpan duration, int? statusCode, string? error, TimeSpan? retryAfter)
    {
        AttemptCount++;
        var attempt = new WebhookAttempt(Id, AttemptCount, startedAt.ToUniversalTime(), (int)duration.TotalMilliseconds, statusCode, error);
        _attempts.Add(attempt);
        LastStatusCode = statusCode;
        LastError = error;
        if (attempt.Succeeded)
        {
            Status = WebhookDeliveryStatus.Delivered;
            DeliveredAt = startedAt.ToUniversalTime() + duration;
            NextAttemptAt = null;
        }
        else if (retryAfter is { } delay)
        {
            NextAttemptAt = startedAt.ToUniversalTime() + duration + delay;
        }
        else
        {
            GiveUp();
        }

        return attempt;
    }

    public void GiveUp()
    {
        Status = WebhookDeliveryStatus.Failed;
        NextAttemptAt = null;
    }

    /// <summary>A manual redelivery: pending again, due now (the attempt count goes on).</summary>
    public void Redeliver(DateTimeOffset now)
    {
        Status = WebhookDeliveryStatus.Pending;
        NextAttemptAt = now.ToUniversalTime();
    }
}

/// <summary>One HTTP attempt of a delivery: the delivery log.</summary>
public sealed class WebhookAttempt
{
    private WebhookAttempt() { }

    public WebhookAttempt(Guid deliveryId, int number, DateTimeOffset startedAt, int durationMs, int? statusCode, string? error)
    {
        Id = Guid.CreateVersion7();
        DeliveryId = deliveryId;
        Number = number;
        StartedAt = startedAt;
        DurationMs = durationMs;
        StatusCode = statusCode;
        Error = error is { Length: > 1000 } ? error[..1000] : error;
    }

    public Guid Id { get; private set; }

    public Guid DeliveryId { get; private set; }

    public int Number { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public int DurationMs { get; private set; }

    /// <summary>The receiver's status code; null when no answer came (refused, timed out).</summary>
    public int? StatusCode { get; private set; }

    public string? Error { get; private set; }

    public bool Succeeded => StatusCode is >= 200 and < 300;
}
