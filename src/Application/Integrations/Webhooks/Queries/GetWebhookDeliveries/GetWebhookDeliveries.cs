using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Webhooks.Queries.GetWebhookDeliveries;

/// <summary>The delivery log of one subscription, newest first (at most 100).</summary>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record GetWebhookDeliveries(Guid WebhookId) : IRequest<IReadOnlyList<WebhookDeliveryDto>>;

internal sealed class GetWebhookDeliveriesHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<GetWebhookDeliveries, IReadOnlyList<WebhookDeliveryDto>>
{
    public async Task<IReadOnlyList<WebhookDeliveryDto>> Handle(GetWebhookDeliveries request, CancellationToken cancellationToken)
    {
        var subscription = await WebhookQueries.OwnAsync(db, user, request.WebhookId, cancellationToken);
        var deliveries = await db.WebhookDeliveries.AsNoTracking().Include(d => d.Attempts).Where(d => d.SubscriptionId == subscription.Id)
            .OrderByDescending(d => d.EventAt).Take(100).ToListAsync(cancellationToken);
        return deliveries.Select(WebhookDeliveryDto.From).ToList();
    }
}
