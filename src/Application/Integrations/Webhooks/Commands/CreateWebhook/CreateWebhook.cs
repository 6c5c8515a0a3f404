using HanoiDvc.Application.Integrations.Clients;
using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Webhooks.Commands.CreateWebhook;

/// <summary>Subscribes the calling integrator to events of its agencies' dossiers; the answer carries the signing secret, once.</summary>
/// <param name="Url">Where to POST the events (https; http to a loopback address outside Production).</param>
/// <param name="Events">Of <c>dossier.submitted</c>, <c>dossier.received</c>, <c>dossier.supplement_requested</c>, <c>dossier.approved</c>, <c>dossier.refused</c>, <c>dossier.result_returned</c>, <c>payment.confirmed</c>.</param>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record CreateWebhook(string Url, IReadOnlyList<string> Events) : IRequest<WebhookCreatedDto>;

internal sealed class CreateWebhookHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateWebhook, WebhookCreatedDto>
{
    public async Task<WebhookCreatedDto> Handle(CreateWebhook request, CancellationToken cancellationToken)
    {
        var secret = ClientSecrets.New();
        var subscription = WebhookSubscription.Create(user.ClientId!.Value, new Uri(request.Url), request.Events, secret, clock.GetUtcNow());
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookCreatedDto(WebhookDto.From(subscription), secret);
    }
}
