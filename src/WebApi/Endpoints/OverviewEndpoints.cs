using HanoiDvc.Application.Overview.Queries.GetOverview;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>Headline figures for the portal's home page (public).</summary>
internal static class OverviewEndpoints
{
    public static void MapOverviewEndpoints(this IEndpointRouteBuilder app)
    {
        // Public; an integrator's token needs statistics:read.
        var group = app.MapGroup("/api/v1/overview").WithTags("Overview").RequireAuthorization(Policies.StatisticsRead);
        group.MapGet("/", GetOverview)
            .WithName(nameof(GetOverview))
            .WithSummary("Headline figures of the portal")
            .WithDescription("Counts read from the database: agencies and published procedures.");
    }

    public static async Task<Ok<OverviewDto>> GetOverview(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOverview(), cancellationToken));
}
