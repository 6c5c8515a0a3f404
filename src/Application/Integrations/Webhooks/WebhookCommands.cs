using System.Net;
using FluentValidation;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Integrations.Clients;
using HanoiDvc.Domain.Integrations;
using MediatR;
using Microsoft.EntityFrameworkCore;
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

/// <summary>Subscribes the calling integrator to events of its agencies' dossiers; the answer carries the signing secret, once.</summary>
/// <param name="Url">Where to POST the events (https; http to a loopback address outside Production).</param>
/// <param name="Events">Of <c>dossier.submitted</c>, <c>dossier.received</c>, <c>dossier.supplement_requested</c>, <c>dossier.approved</c>, <c>dossier.refused</c>, <c>dossier.result_returned</c>, <c>payment.confirmed</c>.</param>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record CreateWebhook(string Url, IReadOnlyList<string> Events) : IRequest<WebhookCreatedDto>;

internal sealed class CreateWebhookValidator : AbstractValidator<CreateWebhook>
{
    public CreateWebhookValidator(IOptions<IntegrationOptions> options, IAppDbContext db, ICurrentUser user) =>
        WebhookRules.Apply(this, x => x.Url, x => x.Events, options, db, user);
}

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

/// <summary>Changes a subscription's URL and events; <paramref name="Active"/> = true enables a disabled one again (its failure count starts over).</summary>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record UpdateWebhook(Guid Id, string Url, IReadOnlyList<string> Events, bool Active) : IRequest<WebhookDto>;

internal sealed class UpdateWebhookValidator : AbstractValidator<UpdateWebhook>
{
    public UpdateWebhookValidator(IOptions<IntegrationOptions> options, IAppDbContext db, ICurrentUser user) =>
        WebhookRules.Apply(this, x => x.Url, x => x.Events, options, db, user);
}

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

/// <summary>Sends a delivery again now (whatever its state), e.g. after the receiver was fixed; a disabled subscription must be enabled first.</summary>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record RedeliverWebhook(Guid WebhookId, Guid DeliveryId) : IRequest<WebhookDeliveryDto>;

internal sealed class RedeliverWebhookHandler(IAppDbContext db, ICurrentUser user, IWebhookScheduler scheduler, TimeProvider clock)
    : IRequestHandler<RedeliverWebhook, WebhookDeliveryDto>
{
    public async Task<WebhookDeliveryDto> Handle(RedeliverWebhook request, CancellationToken cancellationToken)
    {
        var subscription = await WebhookQueries.OwnAsync(db, user, request.WebhookId, cancellationToken);
        if (!subscription.IsActive)
        {
            throw new Domain.Common.DomainException("webhook.disabled", "Enable the subscription before redelivering.");
        }

        var delivery = await db.WebhookDeliveries.Include(d => d.Attempts)
            .SingleOrDefaultAsync(d => d.Id == request.DeliveryId && d.SubscriptionId == subscription.Id, cancellationToken)
            ?? throw new NotFoundException("WebhookDelivery", request.DeliveryId);
        delivery.Redeliver(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        scheduler.Schedule(delivery.Id);
        return WebhookDeliveryDto.From(delivery);
    }
}

internal static class WebhookQueries
{
    /// <summary>The caller's own subscription; another client's is a 404.</summary>
    public static async Task<WebhookSubscription> OwnAsync(IAppDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id && s.ClientId == user.ClientId, cancellationToken)
        ?? throw new NotFoundException("Webhook", id);
}

/// <summary>The calling integrator's subscriptions.</summary>
[RequiresScope(IntegratorScopes.WebhooksManage)]
public sealed record GetWebhooks : IRequest<IReadOnlyList<WebhookDto>>;

internal sealed class GetWebhooksHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<GetWebhooks, IReadOnlyList<WebhookDto>>
{
    public async Task<IReadOnlyList<WebhookDto>> Handle(GetWebhooks request, CancellationToken cancellationToken) =>
        (await db.WebhookSubscriptions.AsNoTracking().Where(s => s.ClientId == user.ClientId).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken))
        .Select(WebhookDto.From).ToList();
}

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
