using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Webhooks.Commands.RedeliverWebhook;

/// <summary>Sends a delivery again now (whatever its state), e.g. after the receiver was fixed; a disabled subscription must be enabled first.</summary>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record RedeliverWebhook(Guid WebhookId, Guid DeliveryId) : IRequest<WebhookDeliveryDto>;

internal sealed class RedeliverWebhookHandler(IAppDbContext db, ICurrentUser user, IWebhookScheduler scheduler, TimeProvider clock)
    : IRequestHandler<RedeliverWebhook, WebhookDeliveryDto>
{
    public async Task<WebhookDeliveryDto> Handle(RedeliverWebhook request, CancellationToken cancellationToken)
    {
        var subscription = await WebhookQueries.OwnAsync(db, user, request.WebhookId, cancellationToken);
        if (!subscription.IsActive)
        {
            throw new Domain.Common.DomainException("webhook.disabled", "Enable the subscription before redelivering.");
        }

        var delivery = await db.WebhookDeliveries.Include(d => d.Attempts)
            .SingleOrDefaultAsync(d => d.Id == request.DeliveryId && d.SubscriptionId == subscription.Id, cancellationToken)
            ?? throw new NotFoundException("WebhookDelivery", request.DeliveryId);
        delivery.Redeliver(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        scheduler.Schedule(delivery.Id);
        return WebhookDeliveryDto.From(delivery);
    }
}
