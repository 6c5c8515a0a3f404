using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Procedures;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Statistics.Queries.GetStatisticsSummary;

/// <summary>
/// The leaders' summary of a period: received (online / direct), resolved early / on time / late, open within time /
/// overdue, processing time against the limit, payments, satisfaction, the catalogue's level-4 share and the reference
/// targets. Leader and AgencyAdmin: their agency and those below it; SystemAdmin: everything.
/// </summary>
[RequiresRole(Roles.Leader, Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record GetStatisticsSummary(DateOnly From, DateOnly To, Guid? AgencyId = null, int? Level = null, ProcedureField? Field = null, Guid? ProcedureId = null)
    : IRequest<StatisticsSummaryDto>, IStatisticsFilter;

/// <param name="From">First business day.</param>
/// <param name="To">Last business day.</param>
/// <param name="AgencyId">The agency asked for, if any.</param>
/// <param name="Figures">The period's figures.</param>
/// <param name="Catalogue">How many published procedures are offered at level 4, per administrative level.</param>
/// <param name="Targets">Reference targets with the period's actual values.</param>
public sealed record StatisticsSummaryDto(
    DateOnly From, DateOnly To, Guid? AgencyId, StatisticsFigures Figures, CatalogueShareDto Catalogue, IReadOnlyList<StatisticsTargetDto> Targets);

/// <param name="Procedures">Published, listed procedures.</param>
/// <param name="Level4">Of them, offered fully online (level 4).</param>
/// <param name="Level4Share">Level 4 ÷ all.</param>
/// <param name="ByAgencyLevel">The same per deciding level (province, district, commune…).</param>
public sealed record CatalogueShareDto(long Procedures, long Level4, decimal? Level4Share, IReadOnlyList<CatalogueLevelShareDto> ByAgencyLevel);

public sealed record CatalogueLevelShareDto(string LevelCode, string LevelName, string LevelNameEn, long Procedures, long Level4, decimal? Level4Share);

/// <param name="Code">Stable key.</param>
/// <param name="Name">Vietnamese wording.</param>
/// <param name="NameEn">English wording.</param>
/// <param name="Value">The target, a fraction.</param>
/// <param name="Actual">The period's value of the same measure (null when there is nothing to measure).</param>
public sealed record StatisticsTargetDto(string Code, string Name, string NameEn, decimal Value, decimal? Actual);

internal sealed class GetStatisticsSummaryHandler(IAppDbContext db, StatisticsScope scope, StatisticsFiguresReader reader)
    : IRequestHandler<GetStatisticsSummary, StatisticsSummaryDto>
{
    public async Task<StatisticsSummaryDto> Handle(GetStatisticsSummary request, CancellationToken cancellationToken)
    {
        var slice = await scope.SliceAsync(request, cancellationToken);
        var figures = (await reader.ReadAsync(slice, StatisticsGrouping.None, cancellationToken)).Single().Figures;
        var catalogue = await CatalogueShareAsync(cancellationToken);
        return new StatisticsSummaryDto(request.From, request.To, request.AgencyId, figures, catalogue, StatisticsTargets.With(catalogue, figures));
    }

    private async Task<CatalogueShareDto> CatalogueShareAsync(CancellationToken cancellationToken)
    {
        var counts = await CatalogueQueries.PublishedVersions(db)
            .GroupBy(v => new { v.DecidingLevelCode, v.ServiceLevel })
            .Select(g => new { g.Key.DecidingLevelCode, g.Key.ServiceLevel, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var levels = await db.AdministrativeLevels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(cancellationToken);
        var byLevel = levels
            .Select(l => (Level: l, All: counts.Where(c => c.DecidingLevelCode == l.Code).Sum(c => c.Count),
                Full: counts.Where(c => c.DecidingLevelCode == l.Code && c.ServiceLevel == ServiceLevel.Full).Sum(c => c.Count)))
            .Where(x => x.All > 0)
            .Select(x => new CatalogueLevelShareDto(x.Level.Code, x.Level.Name, x.Level.NameEn, x.All, x.Full, StatisticsFigures.Share(x.Full, x.All)))
            .ToList();
        var all = counts.Sum(c => c.Count);
        var full = counts.Where(c => c.ServiceLevel == ServiceLevel.Full).Sum(c => c.Count);
        return new CatalogueShareDto(all, full, StatisticsFigures.Share(full, all), byLevel);
    }
}
