namespace HanoiDvc.Application.Statistics.Common;

/// <summary>A row's label: the agency's or procedure's name and code.</summary>
public sealed record StatisticsLabel(string Name, string NameEn, string? Code);

/// <summary>Names of the keys of a breakdown: agencies by id, procedures by id (the name of their latest version).</summary>
internal static class StatisticsNames
{
    public static async Task<IReadOnlyDictionary<string, StatisticsLabel>> ForAsync(IReadDbContext db, StatisticsGrouping grouping, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToArray();
        switch (grouping)
        {
            case StatisticsGrouping.Agency:
                var agencies = await db.Agencies.Where(a => ids.Contains(a.Id))
                    .Select(a => new { a.Id, a.Name, a.NameEn, a.Code }).ToListAsync(cancellationToken);
                return agencies.ToDictionary(a => a.Id.ToString(), a => new StatisticsLabel(a.Name, a.NameEn, a.Code), StringComparer.Ordinal);
            case StatisticsGrouping.Procedure:
                var versions = await db.ProcedureVersions.Where(v => ids.Contains(v.ProcedureId))
                    .Join(db.Procedures, v => v.ProcedureId, p => p.Id, (v, p) => new { v.ProcedureId, v.Number, v.Name, v.Content, p.NationalCode })
                    .ToListAsync(cancellationToken);
                return versions.GroupBy(v => v.ProcedureId).ToDictionary(
                    g => g.Key.ToString(),
                    g => g.OrderByDescending(v => v.Number).Select(v => new StatisticsLabel(v.Name, v.Content.NameEn, v.NationalCode)).First(),
                    StringComparer.Ordinal);
            default:
                return keys.ToDictionary(k => k, k => new StatisticsLabel(k, k, null), StringComparer.Ordinal);
        }
    }
}
