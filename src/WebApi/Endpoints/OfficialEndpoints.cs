using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Officials;
using HanoiDvc.Application.Officials.Commands.CreateOfficial;
using HanoiDvc.Application.Officials.Commands.LockOfficial;
using HanoiDvc.Application.Officials.Commands.ResetOfficialPassword;
using HanoiDvc.Application.Officials.Commands.SetOfficialRoles;
using HanoiDvc.Application.Officials.Commands.UnlockOfficial;
using HanoiDvc.Application.Officials.Queries.GetOfficial;
using HanoiDvc.Application.Officials.Queries.GetOfficials;
using HanoiDvc.WebApi.Endpoints.Contracts;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>
/// Officials' accounts, for AgencyAdmins (their agency and the agencies below it) and SystemAdmins (everyone).
/// Outside the caller's scope → 403.
/// </summary>
internal static class OfficialEndpoints
{
    public static void MapOfficialEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/officials")
            .WithTags("Administration")
            .RequireAuthorization(Policies.ManageOfficials)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", CreateOfficial)
            .WithName(nameof(CreateOfficial))
            .WithSummary("Create an official's account")
            .WithDescription("In an agency the caller manages, with roles and a temporary password. Only a SystemAdmin grants SystemAdmin.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", GetOfficials)
            .WithName(nameof(GetOfficials))
            .WithSummary("List officials")
            .WithDescription("One page of the officials the caller manages, ordered by user name.")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", GetOfficial)
            .WithName(nameof(GetOfficial))
            .WithSummary("Get an official")
            .WithDescription("An official of an agency the caller administers (AgencyAdmin: own agency and those below it; SystemAdmin: all), with roles and lock state. "
                + "Another agency's official is a 404, so ids cannot be probed.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/roles", SetOfficialRoles)
            .WithName(nameof(SetOfficialRoles))
            .WithSummary("Replace an official's roles")
            .WithDescription("The new roles reach the official's access token at the next refresh.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/lock", LockOfficial)
            .WithName(nameof(LockOfficial))
            .WithSummary("Lock an official's account")
            .WithDescription("Locked until unlocked; every session of the account ends at once (its refresh tokens are revoked).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/password", ResetOfficialPassword)
            .WithName(nameof(ResetOfficialPassword))
            .WithSummary("Give an official a new temporary password")
            .WithDescription("Same rules as any password; all of the account's sessions end.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/unlock", UnlockOfficial)
            .WithName(nameof(UnlockOfficial))
            .WithSummary("Unlock an official's account")
            .WithDescription("AgencyAdmin (own agency and those below it) or SystemAdmin. Lifts a lock set by an administrator or by repeated failed sign-ins, "
                + "and clears the failed attempts.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <param name="request">The new official.</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Created<OfficialDto>> CreateOfficial(CreateOfficial request, IMediator mediator, CancellationToken cancellationToken)
    {
        var official = await mediator.Send(request, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/officials/{official.Id}", official);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="agencyId">Only this agency's officials.</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<OfficialDto>>> GetOfficials(
        IMediator mediator, Guid? agencyId, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOfficials(agencyId, page ?? 1, pageSize ?? 20), cancellationToken));

    /// <param name="id">The official's account id.</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<OfficialDto>> GetOfficial(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOfficial(id), cancellationToken));

    /// <param name="id">The official's account id.</param>
    /// <param name="request">The new roles.</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<OfficialDto>> SetOfficialRoles(
        Guid id, OfficialRolesRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SetOfficialRoles(id, request.Roles), cancellationToken));

    /// <param name="id">The official's account id.</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<NoContent> LockOfficial(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new LockOfficial(id), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="id">The official's account id.</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<NoContent> UnlockOfficial(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new UnlockOfficial(id), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> ResetOfficialPassword(IMediator mediator, Guid id, PasswordInput body, CancellationToken cancellationToken)
    {
        await mediator.Send(new ResetOfficialPassword(id, body.TemporaryPassword), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A new temporary password.</summary>
    public sealed record PasswordInput(string TemporaryPassword);
}
