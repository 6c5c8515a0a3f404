using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Webhooks.Commands.DeleteWebhook;

/// <summary>Deletes a subscription with its delivery log.</summary>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record DeleteWebhook(Guid Id) : IRequest<Unit>;

internal sealed class DeleteWebhookHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<DeleteWebhook, Unit>
{
    public async Task<Unit> Handle(DeleteWebhook request, CancellationToken cancellationToken)
    {
        var subscription = await WebhookQueries.OwnAsync(db, user, request.Id, cancellationToken);
        await db.WebhookDeliveries.Where(d => d.SubscriptionId == subscription.Id).ExecuteDeleteAsync(cancellationToken);
        db.WebhookSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
