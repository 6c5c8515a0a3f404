using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Webhooks.Queries.GetWebhooks;

/// <summary>The calling integrator's subscriptions.</summary>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record GetWebhooks : IRequest<IReadOnlyList<WebhookDto>>;

internal sealed class GetWebhooksHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<GetWebhooks, IReadOnlyList<WebhookDto>>
{
    public async Task<IReadOnlyList<WebhookDto>> Handle(GetWebhooks request, CancellationToken cancellationToken) =>
        (await db.WebhookSubscriptions.AsNoTracking().Where(s => s.ClientId == user.ClientId).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken))
        .Select(WebhookDto.From).ToList();
}
