using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Webhooks;

/// <summary>A webhook subscription (never its secret, which is shown once at creation and at each rotation).</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Url">Where the events are POSTed.</param>
/// <param name="Events">The events it receives.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="ConsecutiveFailures">Failed attempts in a row; the subscription is disabled at the configured limit.</param>
/// <param name="DisabledAt">When it was disabled (by the client or after failures); null while active.</param>
/// <param name="DisabledReason">Why it was disabled.</param>
/// <param name="PreviousSecretExpiresAt">After a rotation: until when deliveries are also signed with the previous secret.</param>
public sealed record WebhookDto(
    Guid Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, int ConsecutiveFailures, DateTimeOffset? DisabledAt, string? DisabledReason,
    DateTimeOffset? PreviousSecretExpiresAt)
{
    public static WebhookDto From(WebhookSubscription s) =>
        new(s.Id, s.Url, s.Events, s.CreatedAt, s.ConsecutiveFailures, s.DisabledAt, s.DisabledReason, s.PreviousSecretExpiresAt);
}

/// <summary>A new subscription, or one whose secret was rotated, with the secret its signatures use: keep it, it is not shown again.</summary>
/// <param name="Webhook">The subscription.</param>
/// <param name="SigningSecret">HMAC-SHA256 key: the signature <c>v1</c> is hex(HMAC(secret, timestamp + "." + body)).</param>
public sealed record WebhookCreatedDto(WebhookDto Webhook, string SigningSecret);

/// <summary>One attempt of a delivery.</summary>
/// <param name="Number">1 for the first attempt.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="DurationMs">How long it took.</param>
/// <param name="StatusCode">The receiver's status code; null when no answer came.</param>
/// <param name="Error">Why it failed, as a class only: <c>connection_failed</c>, <c>timeout</c>, <c>destination_refused</c> (the host is not a public address), <c>tls_failed</c>, <c>http_3xx</c>, <c>http_4xx</c>, <c>http_5xx</c>.</param>
public sealed record WebhookAttemptDto(int Number, DateTimeOffset StartedAt, int DurationMs, int? StatusCode, string? Error);

/// <summary>An event sent (or being sent) to a subscription, with its attempts.</summary>
public sealed record WebhookDeliveryDto(
    Guid Id, string EventType, WebhookDeliveryStatus Status, int AttemptCount, DateTimeOffset EventAt, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt, int? LastStatusCode, string? LastError, IReadOnlyList<WebhookAttemptDto> Attempts)
{
    public static WebhookDeliveryDto From(WebhookDelivery d) => new(
        d.Id, d.EventType, d.Status, d.AttemptCount, d.EventAt, d.NextAttemptAt, d.DeliveredAt, d.LastStatusCode, d.LastError,
        [.. d.Attempts.OrderBy(a => a.Number).Select(a => new WebhookAttemptDto(a.Number, a.StartedAt, a.DurationMs, a.StatusCode, a.Error))]);
}
