using HanoiDvc.Application.Integrations.Clients;
using HanoiDvc.Domain.Integrations;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Integrations.Webhooks.Commands.RotateWebhookSecret;

/// <summary>
/// Issues a new signing secret (shown once). By default the old one keeps signing next to it for
/// <c>Integrations:SecretOverlap</c>, so the receiver can change keys without refusing deliveries; with
/// <paramref name="RevokeImmediately"/> it stops at once (a leaked secret).
/// </summary>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record RotateWebhookSecret(Guid Id, bool RevokeImmediately) : IRequest<WebhookCreatedDto>;

internal sealed class RotateWebhookSecretHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, IOptions<IntegrationOptions> options)
    : IRequestHandler<RotateWebhookSecret, WebhookCreatedDto>
{
    public async Task<WebhookCreatedDto> Handle(RotateWebhookSecret request, CancellationToken cancellationToken)
    {
        var subscription = await WebhookQueries.OwnAsync(db, user, request.Id, cancellationToken);
        var secret = ClientSecrets.New();
        subscription.RotateSecret(secret, request.RevokeImmediately ? TimeSpan.Zero : options.Value.SecretOverlap, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookCreatedDto(WebhookDto.From(subscription), secret);
    }
}
