using System.Text.Json;
using HanoiDvc.Application.Integrations.Webhooks;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Integrations;
using HanoiDvc.Domain.Payments.Events;

namespace HanoiDvc.Infrastructure.Integrations;

/// <summary>
/// Turns the domain events integrators can subscribe to into webhook deliveries, in the outbox's transaction: one row
/// per active subscription of a client that may receive the event now (<see cref="ApiClient.MayReceive(string, IEnumerable{Guid})"/>:
/// enabled, holding the scope the payload needs, acting for one of the dossier's agencies, receiving, deciding or holding),
/// unique per (subscription, outbox message) so a message handled twice adds nothing; then queues the first attempts.
/// </summary>
internal sealed class WebhookFanOut(AppDbContext db, IWebhookScheduler scheduler, TimeProvider clock)
    : IOutboxHandler<DossierSubmitted>, IOutboxHandler<DossierReceived>, IOutboxHandler<SupplementRequested>, IOutboxHandler<DossierApproved>,
        IOutboxHandler<DossierRefused>, IOutboxHandler<ResultReturned>, IOutboxHandler<PaymentConfirmed>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public Task HandleAsync(DossierSubmitted e, Guid outboxMessageId, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.DossierSubmitted, e.DossierId, e.OccurredAt, outboxMessageId, null, cancellationToken);

    public Task HandleAsync(DossierReceived e, Guid outboxMessageId, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.DossierReceived, e.DossierId, e.OccurredAt, outboxMessageId, new { e.AppointmentAt }, cancellationToken);

    public Task HandleAsync(SupplementRequested e, Guid outboxMessageId, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.SupplementRequested, e.DossierId, e.OccurredAt, outboxMessageId, new { e.Missing }, cancellationToken);

    public Task HandleAsync(DossierApproved e, Guid outboxMessageId, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.DossierApproved, e.DossierId, e.OccurredAt, outboxMessageId, new { e.Outcome }, cancellationToken);

    public Task HandleAsync(DossierRefused e, Guid outboxMessageId, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.DossierRefused, e.DossierId, e.OccurredAt, outboxMessageId, new { e.Reasons, e.Outcome }, cancellationToken);

    public Task HandleAsync(ResultReturned e, Guid outboxMessageId, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.ResultReturned, e.DossierId, e.OccurredAt, outboxMessageId, new { e.Channel }, cancellationToken);

    public Task HandleAsync(PaymentConfirmed e, Guid outboxMessageId, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.PaymentConfirmed, e.DossierId, e.OccurredAt, outboxMessageId, new { e.PaymentId, e.AmountVnd, e.Provider }, cancellationToken);

    private async Task FanOutAsync(string eventType, Guid dossierId, DateTimeOffset occurredAt, Guid outboxMessageId, object? details, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier is null)
        {
            return;
        }

        Guid[] agencies = [dossier.ReceivingAgencyId, dossier.DecidingAgencyId, dossier.CurrentAgencyId];
        var clients = await db.ApiClients.AsNoTracking().Where(c => c.DisabledAt == null).ToListAsync(cancellationToken);
        var concerned = clients.Where(c => c.MayReceive(eventType, agencies)).Select(c => c.Id).ToList();
        if (concerned.Count == 0)
        {
            return;
        }

        var subscriptions = (await db.WebhookSubscriptions.AsNoTracking().Where(s => concerned.Contains(s.ClientId) && s.DisabledAt == null).ToListAsync(cancellationToken))
            .Where(s => s.Wants(eventType)).ToList();
        var done = await db.WebhookDeliveries.Where(d => d.OutboxMessageId == outboxMessageId).Select(d => d.SubscriptionId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var created = new List<WebhookDelivery>();
        foreach (var subscription in subscriptions.Where(s => !done.Contains(s.Id)))
        {
            var deliveryId = Guid.CreateVersion7();
            var payload = JsonSerializer.Serialize(new
            {
                id = deliveryId,
                type = eventType,
                occurredAt = occurredAt.ToUniversalTime(),
                data = new
                {
                    dossierId = dossier.Id,
                    code = dossier.Code?.Value,
                    trackingNumber = dossier.TrackingNumber,
                    procedureId = dossier.ProcedureId,
                    status = dossier.Status,
                    nationalStatus = NationalPortalStatus.Of(dossier),
                    receivingAgencyId = dossier.ReceivingAgencyId,
                    decidingAgencyId = dossier.DecidingAgencyId,
                    source = dossier.Source,
                    details,
                },
            }, Json);
            var delivery = WebhookDelivery.For(subscription.Id, outboxMessageId, eventType, payload, occurredAt, now, deliveryId);
            db.WebhookDeliveries.Add(delivery);
            created.Add(delivery);
        }

        if (created.Count == 0)
        {
            return;
        }

        // Saved in the outbox's transaction; the job waits for the commit before its first attempt.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var delivery in created)
        {
            scheduler.Schedule(delivery.Id);
        }
    }
}
