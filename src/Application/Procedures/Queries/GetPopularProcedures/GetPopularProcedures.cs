using AutoMapper;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Queries.GetPopularProcedures;

/// <summary>
/// The procedures most applied for over the last year (submitted dossiers), for the home page; when fewer than
/// <paramref name="Take"/> have dossiers, the list is completed with those that can be applied for online, the most online
/// first (toàn trình, then một phần), by name.
/// </summary>
public sealed record GetPopularProcedures(int Take = 6) : IRequest<IReadOnlyList<ProcedureSummaryDto>>;

internal sealed class GetPopularProceduresHandler(IReadDbContext db, IMapper mapper, TimeProvider clock)
    : IRequestHandler<GetPopularProcedures, IReadOnlyList<ProcedureSummaryDto>>
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(365);

    public async Task<IReadOnlyList<ProcedureSummaryDto>> Handle(GetPopularProcedures request, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Window;
        var counts = await db.Dossiers
            .Where(d => d.SubmittedAt >= since)
            .GroupBy(d => d.ProcedureId)
            .Select(g => new { ProcedureId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.ProcedureId)
            .Take(request.Take * 2) // some may no longer be listed
            .ToListAsync(cancellationToken);
        var rank = counts.Select((c, i) => (c.ProcedureId, i)).ToDictionary(x => x.ProcedureId, x => x.i);
        var ids = rank.Keys.ToList();

        var popular = await Summaries(CatalogueQueries.PublishedVersions(db).Where(v => ids.Contains(v.ProcedureId)), cancellationToken);
        var list = popular.OrderBy(p => rank[p.Id]).Take(request.Take).ToList();
        if (list.Count < request.Take)
        {
            var online = CatalogueQueries.PublishedVersions(db)
                .Where(v => v.ServiceLevel != ServiceLevel.InformationOnly && !ids.Contains(v.ProcedureId))
                .OrderByDescending(v => v.ServiceLevel).ThenBy(v => v.Name).ThenBy(v => v.Id)
                .Take(request.Take - list.Count);
            list.AddRange(await Summaries(online, cancellationToken));
        }

        return list;
    }

    private async Task<List<ProcedureSummaryDto>> Summaries(IQueryable<ProcedureVersion> versions, CancellationToken cancellationToken)
    {
        var rows = await versions
            .Select(v => new { Version = v, Code = db.Procedures.Where(p => p.Id == v.ProcedureId).Select(p => p.NationalCode).Single() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => mapper.Map<ProcedureSummaryDto>(row.Version) with { NationalCode = row.Code })];
    }
}
