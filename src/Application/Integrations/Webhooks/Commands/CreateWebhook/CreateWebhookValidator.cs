using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Integrations.Webhooks.Commands.CreateWebhook;

internal sealed class CreateWebhookValidator : AbstractValidator<CreateWebhook>
{
    public CreateWebhookValidator(IOptions<IntegrationOptions> options, IAppDbContext db, ICurrentUser user) =>
        WebhookRules.Apply(this, x => x.Url, x => x.Events, options, db, user);
}
