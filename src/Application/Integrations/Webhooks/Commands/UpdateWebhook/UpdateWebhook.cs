using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Webhooks.Commands.UpdateWebhook;

/// <summary>Changes a subscription's URL and events; <paramref name="Active"/> = true enables a disabled one again (its failure count starts over).</summary>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record UpdateWebhook(Guid Id, string Url, IReadOnlyList<string> Events, bool Active) : IRequest<WebhookDto>;

internal sealed class UpdateWebhookHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UpdateWebhook, WebhookDto>
{
    public async Task<WebhookDto> Handle(UpdateWebhook request, CancellationToken cancellationToken)
    {
        var subscription = await WebhookQueries.OwnAsync(db, user, request.Id, cancellationToken);
        subscription.Change(new Uri(request.Url), request.Events);
        if (request.Active)
        {
            subscription.Enable();
        }
        else
        {
            subscription.Disable(clock.GetUtcNow(), "disabled by the client");
        }

        await db.SaveChangesAsync(cancellationToken);
        return WebhookDto.From(subscription);
    }
}
