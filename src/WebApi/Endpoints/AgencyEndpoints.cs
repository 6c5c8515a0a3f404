using HanoiDvc.Application.Agencies.Queries.GetAdministrativeLevels;
using HanoiDvc.Application.Agencies.Queries.GetAgencies;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Domain.Agencies;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>The agencies that receive and decide dossiers (public).</summary>
internal static class AgencyEndpoints
{
    public static void MapAgencyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/agencies").WithTags("Agencies").AllowAnonymous();
        group.MapGet("/", GetAgencies)
            .WithName(nameof(GetAgencies))
            .WithSummary("List agencies")
            .WithDescription("Public. The agencies of the organisation set-up (Department, its offices, the service centre, communes and wards), one page ordered by "
                + "their identifier code, with address, phone, reception hours and whether they receive and/or decide dossiers.")
            .ProducesValidationProblem();

        app.MapGet("/api/v1/administrative-levels", GetAdministrativeLevels)
            .WithTags("Agencies")
            .AllowAnonymous()
            .WithName(nameof(GetAdministrativeLevels))
            .WithSummary("Administrative levels of the active set-up")
            .WithDescription("Public. The levels a procedure may be decided at in the local-government set-up this deployment runs, city first (`rank` 1). "
                + "`two-tier` (since 1 July 2025): province and commune; `three-tier` (`historical`: true) adds district and is kept only to reproduce "
                + "the 2019–2020 figures.");
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="level">Only this administrative level (province, district, commune).</param>
    /// <param name="kind">Only this kind of agency.</param>
    /// <param name="parentId">Only the direct children of this agency.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<AgencyDto>>> GetAgencies(
        IMediator mediator, int? page, int? pageSize, string? level, AgencyKind? kind, Guid? parentId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetAgencies(page ?? 1, pageSize ?? 20, level, kind, parentId), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<AdministrativeLevelsDto>> GetAdministrativeLevels(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetAdministrativeLevels(), cancellationToken));
}
