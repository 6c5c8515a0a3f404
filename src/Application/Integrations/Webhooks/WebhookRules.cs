using System.Net;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Integrations;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Integrations.Webhooks;

/// <summary>
/// The rules of a subscription's settings. The URL: https always; http only to a loopback address and only where the
/// configuration allows it (never in Production); never a literal non-public address unless private networks are allowed
/// (the delivery's connection checks every address a host name resolves to, see <see cref="WebhookDestination"/>). The
/// events: one or more known ones, which the client's scopes allow it to receive.
/// </summary>
internal static class WebhookRules
{
    public static void Apply<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string>> url,
        System.Linq.Expressions.Expression<Func<T, IEnumerable<string>>> events, IOptions<IntegrationOptions> options, IAppDbContext db, ICurrentUser user)
    {
        validator.RuleFor(url).NotEmpty().MaximumLength(2000)
            .Must(value => Uri.TryCreate(value, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps
                    || (uri.Scheme == Uri.UriSchemeHttp && options.Value.AllowHttpLoopbackWebhooks && IsLoopback(uri))))
            .WithMessage("The URL must be https (http only to a loopback address outside Production).")
            .Must(value => options.Value.AllowPrivateNetworkWebhooks == true || !NamesNonPublicAddress(value))
            .WithMessage(_ => Localized.Text(
                "Địa chỉ nhận webhook phải là địa chỉ công khai (không phải mạng nội bộ, loopback hay link-local).",
                "The webhook address must be public (not a private, loopback or link-local network)."));
        validator.RuleFor(events).NotEmpty();
        validator.RuleForEach(events).Must(e => WebhookEvents.All.Contains(e)).WithMessage($"One of: {string.Join(", ", WebhookEvents.All)}.");
        validator.RuleFor(events)
            .MustAsync(async (list, cancellationToken) =>
            {
                if (list is null)
                {
                    return true; // NotEmpty above already says the events are missing.
                }

                var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == user.ClientId, cancellationToken);
                return client is not null && list.Where(WebhookEvents.All.Contains).All(client.MayReceive);
            })
            .WithMessage(_ => Localized.Text(
                $"Sự kiện hồ sơ chứa dữ liệu hồ sơ: ứng dụng cần phạm vi {IntegratorScopes.DossiersRead}.",
                $"Dossier events carry dossier data: the client needs the {IntegratorScopes.DossiersRead} scope."))
            .When(_ => user.ClientId is not null);
    }

    private static bool IsLoopback(Uri uri) => uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static bool NamesNonPublicAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && !WebhookDestination.IsPublic(ip);
}
