using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Webhooks;

internal static class WebhookQueries
{
    /// <summary>The caller's own subscription; another client's is a 404.</summary>
    public static async Task<WebhookSubscription> OwnAsync(IAppDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id && s.ClientId == user.ClientId, cancellationToken)
        ?? throw new NotFoundException("Webhook", id);
}
