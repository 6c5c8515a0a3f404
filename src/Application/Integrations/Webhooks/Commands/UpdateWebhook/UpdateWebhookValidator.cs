using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Integrations.Webhooks.Commands.UpdateWebhook;

internal sealed class UpdateWebhookValidator : AbstractValidator<UpdateWebhook>
{
    public UpdateWebhookValidator(IOptions<IntegrationOptions> options, IAppDbContext db, ICurrentUser user) =>
        WebhookRules.Apply(this, x => x.Url, x => x.Events, options, db, user);
}
