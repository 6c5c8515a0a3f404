using HanoiDvc.Application.Integrations.Clients;
using HanoiDvc.Application.Integrations.Clients.Commands.DisableApiClient;
using HanoiDvc.Application.Integrations.Clients.Commands.RegisterApiClient;
using HanoiDvc.Application.Integrations.Clients.Commands.RotateApiClientSecret;
using HanoiDvc.Application.Integrations.Clients.Queries.GetApiClients;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>System administrators register integrators, rotate their secrets and disable them.</summary>
internal static class ApiClientEndpoints
{
    public static void MapApiClientEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/api-clients").WithTags("Integrator administration")
            .RequireAuthorization(Policies.SystemAdmin)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/", RegisterApiClient).WithName(nameof(RegisterApiClient))
            .WithSummary("Register an integrator (the secret is in the answer, once)")
            .WithDescription("Scopes: `catalogue:read`, `dossiers:read`, `dossiers:write`, `statistics:read`, `webhooks:manage`. The agencies limit which dossiers it sees and submits. Only the SHA-256 of the 256-bit secret is kept.");
        group.MapGet("/", GetApiClients).WithName(nameof(GetApiClients)).WithSummary("Every integrator (never their secrets)")
            .WithDescription("SystemAdmin only. Registered API clients with scopes, agencies, when the secret was last rotated, when the previous one stops working, and "
                + "whether the client is disabled.");
        group.MapPost("/{id:guid}/rotate-secret", RotateApiClientSecret).WithName(nameof(RotateApiClientSecret))
            .WithSummary("Issue a new secret (shown once)")
            .WithDescription("By default the old secret stays valid for `Integrations:SecretOverlap` (24 h) so the integrator can switch without downtime. `revokeImmediately=true` ends it now, with every token issued so far (for a leaked secret).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/disable", DisableApiClient).WithName(nameof(DisableApiClient))
            .WithSummary("Disable an integrator: no new token, and its current tokens are refused (401) from the next request")
            .WithDescription("SystemAdmin only. Irreversible for this client id: register a new client to give access again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Created<ApiClientCredentialsDto>> RegisterApiClient(IMediator mediator, RegisterApiClient command, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/api-clients/{created.Client.ClientId}", created);
    }

    public static async Task<Ok<IReadOnlyList<ApiClientDto>>> GetApiClients(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetApiClients(), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The client id.</param>
    /// <param name="revokeImmediately">End the old secret (and its tokens) now instead of after the overlap.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<ApiClientCredentialsDto>> RotateApiClientSecret(IMediator mediator, Guid id, bool? revokeImmediately, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RotateApiClientSecret(id, revokeImmediately ?? false), cancellationToken));

    public static async Task<Ok<ApiClientDto>> DisableApiClient(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new DisableApiClient(id), cancellationToken));
}
