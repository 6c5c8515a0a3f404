using HanoiDvc.Application.Agencies;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Domain.Procedures;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Procedures.Queries.GetCatalogueStatistics;

/// <summary>
/// How many procedures the public catalogue holds, per deciding level and field, how many are fully online (level 4), the
/// share at each service level of Nghị định 42/2022/NĐ-CP, Điều 11 (with the historical "mức độ 3/4"), and how many were
/// verified against a published record — per level × field × service level, for the set-up this catalogue runs.
/// </summary>
public sealed record GetCatalogueStatistics : IRequest<CatalogueStatisticsDto>;

internal sealed class GetCatalogueStatisticsHandler(IReadDbContext db, IOptions<OrganisationOptions> organisation)
    : IRequestHandler<GetCatalogueStatistics, CatalogueStatisticsDto>
{
    public async Task<CatalogueStatisticsDto> Handle(GetCatalogueStatistics request, CancellationToken cancellationToken)
    {
        var groups = await CatalogueQueries.PublishedVersions(db)
            .GroupBy(v => new { v.DecidingLevelCode, v.Field, v.ServiceLevel })
            .Select(g => new { g.Key.DecidingLevelCode, g.Key.Field, g.Key.ServiceLevel, Count = g.Count(), Verified = g.Count(v => v.Verified) })
            .ToListAsync(cancellationToken);
        var levels = await db.AdministrativeLevels.OrderBy(l => l.Rank).ToListAsync(cancellationToken);

        var perLevel = levels.Select(level =>
        {
            var rows = groups.Where(g => g.DecidingLevelCode == level.Code).ToList();
            return new LevelStatisticsDto(
                level.Code,
                level.Name,
                rows.Sum(r => r.Count),
                rows.Where(r => r.ServiceLevel == ServiceLevel.Full).Sum(r => r.Count),
                Enum.GetValues<ProcedureField>().ToDictionary(f => f, f => rows.Where(r => r.Field == f).Sum(r => r.Count)),
                ServiceLevelShareDto.Of(rows.GroupBy(r => r.ServiceLevel).ToDictionary(g => g.Key, g => g.Sum(r => r.Count))),
                rows.Sum(r => r.Verified));
        }).ToList();
        var counts = groups
            .OrderBy(g => levels.FindIndex(l => l.Code == g.DecidingLevelCode)).ThenBy(g => g.Field).ThenByDescending(g => g.ServiceLevel)
            .Select(g => new CatalogueCountDto(g.DecidingLevelCode, g.Field, (int)g.ServiceLevel, g.ServiceLevel.Decree42Code(), g.Count, g.Verified))
            .ToList();

        var total = groups.Sum(g => g.Count);
        var full = groups.Where(g => g.ServiceLevel == ServiceLevel.Full).Sum(g => g.Count);
        var verified = groups.Sum(g => g.Verified);
        return new CatalogueStatisticsDto(organisation.Value.Setup, total, full, total == 0 ? 0 : Math.Round(100m * full / total, 1), perLevel,
            ServiceLevelShareDto.Of(groups.GroupBy(g => g.ServiceLevel).ToDictionary(g => g.Key, g => g.Sum(r => r.Count))),
            organisation.Value.Setup == OrganisationOptions.ThreeTier, verified, total == 0 ? null : Math.Round((decimal)verified / total, 4), counts);
    }
}
