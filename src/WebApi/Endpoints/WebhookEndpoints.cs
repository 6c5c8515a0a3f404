using HanoiDvc.Application.Integrations.Webhooks;
using HanoiDvc.Application.Integrations.Webhooks.Commands.CreateWebhook;
using HanoiDvc.Application.Integrations.Webhooks.Commands.DeleteWebhook;
using HanoiDvc.Application.Integrations.Webhooks.Commands.RedeliverWebhook;
using HanoiDvc.Application.Integrations.Webhooks.Commands.RotateWebhookSecret;
using HanoiDvc.Application.Integrations.Webhooks.Commands.UpdateWebhook;
using HanoiDvc.Application.Integrations.Webhooks.Queries.GetWebhookDeliveries;
using HanoiDvc.Application.Integrations.Webhooks.Queries.GetWebhooks;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>An integrator's webhook subscriptions and their delivery log (scope <c>webhooks:manage</c>).</summary>
internal static class WebhookEndpoints
{
    public static void MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.WebhooksManage)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/", CreateWebhook).WithName(nameof(CreateWebhook))
            .WithSummary("Subscribe to events of the integrator's agencies' dossiers (the signing secret is in the answer, once)")
            .WithDescription("Each event is POSTed as JSON `{id, type, occurredAt, data}` with headers `X-HanoiDvc-Event`, `X-HanoiDvc-Delivery` (the id, the same at every attempt) "
                + "and `X-HanoiDvc-Signature: t=<unix seconds>, v1=<hex HMAC-SHA256(secret, t + \".\" + raw body)>` (two `v1` after a secret rotation, for a day: accept either). Verify the signature over the raw body and refuse "
                + "a `t` more than 5 minutes from your clock. Answer 2xx within 10 s; otherwise the delivery is retried after 1 min, 5 min, 30 min, 2 h and 12 h, "
                + "and 10 failed attempts in a row disable the subscription.");
        group.MapGet("/", GetWebhooks).WithName(nameof(GetWebhooks)).WithSummary("The integrator's subscriptions")
            .WithDescription("Scope `webhooks:manage`. The caller's own subscriptions with their failure count and whether they were disabled (and why).");
        group.MapPut("/{id:guid}", UpdateWebhook).WithName(nameof(UpdateWebhook))
            .WithSummary("Change a subscription's URL and events, or enable/disable it")
            .WithDescription("Scope `webhooks:manage`, own subscriptions only. Enabling a subscription that was disabled after repeated failures resets its failure count."
                + " The signing secret does not change (see `rotate-secret`).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/rotate-secret", RotateWebhookSecret).WithName(nameof(RotateWebhookSecret))
            .WithSummary("Issue a new signing secret (shown once)")
            .WithDescription("Scope `webhooks:manage`, own subscriptions only. For 24 h (`Integrations:SecretOverlap`) every delivery carries two signatures, "
                + "`t=…, v1=<new>, v1=<old>`, so the receiver can switch keys without refusing one; accept a request when any `v1` matches your key. "
                + "`revokeImmediately=true` drops the old secret now (for a leaked one). The answer holds the new secret and `previousSecretExpiresAt`.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", DeleteWebhook).WithName(nameof(DeleteWebhook))
            .WithSummary("Delete a subscription and its delivery log")
            .WithDescription("Scope `webhooks:manage`, own subscriptions only. Pending deliveries are dropped.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/deliveries", GetWebhookDeliveries).WithName(nameof(GetWebhookDeliveries))
            .WithSummary("The delivery log: each event with its attempts (status code, duration, error)")
            .WithDescription("Scope `webhooks:manage`, own subscriptions only. Newest first; each delivery lists its attempts and when the next one is due (after 1 min, 5"
                + " min, 30 min, 2 h, 12 h).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", RedeliverWebhook).WithName(nameof(RedeliverWebhook))
            .WithSummary("Send a delivery again now")
            .WithDescription("Scope `webhooks:manage`, own subscriptions only. Queues a new attempt of a delivery (delivered or failed) with the same event id and body, "
                + "signed with a fresh timestamp; receivers deduplicate by the event id. A disabled subscription must be enabled first (409 "
                + "`webhook.disabled`).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Created<WebhookCreatedDto>> CreateWebhook(IMediator mediator, CreateWebhook command, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{created.Webhook.Id}", created);
    }

    public static async Task<Ok<IReadOnlyList<WebhookDto>>> GetWebhooks(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetWebhooks(), cancellationToken));

    public static async Task<Ok<WebhookDto>> UpdateWebhook(IMediator mediator, Guid id, WebhookInput body, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new UpdateWebhook(id, body.Url, body.Events, body.Active), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The subscription.</param>
    /// <param name="revokeImmediately">Stop signing with the old secret now instead of after the overlap.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<WebhookCreatedDto>> RotateWebhookSecret(IMediator mediator, Guid id, bool? revokeImmediately, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RotateWebhookSecret(id, revokeImmediately ?? false), cancellationToken));

    public static async Task<NoContent> DeleteWebhook(IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteWebhook(id), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<IReadOnlyList<WebhookDeliveryDto>>> GetWebhookDeliveries(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetWebhookDeliveries(id), cancellationToken));

    public static async Task<Accepted<WebhookDeliveryDto>> RedeliverWebhook(IMediator mediator, Guid id, Guid deliveryId, CancellationToken cancellationToken) =>
        TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", await mediator.Send(new RedeliverWebhook(id, deliveryId), cancellationToken));

    /// <summary>A subscription's settings.</summary>
    /// <param name="Url">Where to POST (https).</param>
    /// <param name="Events">Which events.</param>
    /// <param name="Active">False to pause it; true to enable it again after it was disabled.</param>
    public sealed record WebhookInput(string Url, IReadOnlyList<string> Events, bool Active);
}
