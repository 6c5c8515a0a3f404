using HanoiDvc.Application.Procedures.Common;

namespace HanoiDvc.Application.Overview.Queries.GetOverview;

/// <summary>Headline figures of the portal for its home page.</summary>
public sealed record GetOverview : IRequest<OverviewDto>;

internal sealed class GetOverviewHandler(IReadDbContext db) : IRequestHandler<GetOverview, OverviewDto>
{
    public async Task<OverviewDto> Handle(GetOverview request, CancellationToken cancellationToken)
    {
        var agencyCount = await db.Agencies.CountAsync(cancellationToken);
        var procedureCount = await CatalogueQueries.PublishedVersions(db).CountAsync(cancellationToken);
        return new OverviewDto(agencyCount, procedureCount);
    }
}
