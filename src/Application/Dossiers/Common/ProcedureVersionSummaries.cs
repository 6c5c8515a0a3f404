using System.Collections.Concurrent;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>What a dossier's answer reads of its procedure version.</summary>
internal sealed record ProcedureVersionSummary(string Name, string NameEn, string TemplateKey, ServiceLevel ServiceLevel, bool? OnlineResult);

/// <summary>
/// The <see cref="ProcedureVersionSummary"/> of each procedure version, read once and kept for the life of the process: a
/// version leaves <see cref="ProcedureVersionStatus.Draft"/> only to be published (or scheduled), and its content never
/// changes after that — an edit makes a new version. A draft version is read every time. The catalogue holds a few
/// thousand versions at most, so nothing is evicted.
/// </summary>
internal sealed class ProcedureVersionSummaries
{
    private readonly ConcurrentDictionary<Guid, ProcedureVersionSummary> _settled = new();

    /// <summary>The summary of version <paramref name="versionId"/>, read from <paramref name="versions"/> (the primary or the read replica) unless already kept.</summary>
    public async Task<ProcedureVersionSummary> GetAsync(IQueryable<ProcedureVersion> versions, Guid versionId, CancellationToken cancellationToken) =>
        _settled.TryGetValue(versionId, out var known) ? known : (await GetManyAsync(versions, [versionId], cancellationToken))[versionId];

    /// <summary>The summaries of <paramref name="versionIds"/>: those not kept yet are read in one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, ProcedureVersionSummary>> GetManyAsync(
        IQueryable<ProcedureVersion> versions, IReadOnlyCollection<Guid> versionIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, ProcedureVersionSummary>(versionIds.Count);
        var missing = new List<Guid>();
        foreach (var id in versionIds)
        {
            if (_settled.TryGetValue(id, out var known))
            {
                found[id] = known;
            }
            else if (!missing.Contains(id))
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var read = await versions.AsNoTracking().Where(v => missing.Contains(v.Id))
            .Select(v => new { v.Id, v.Name, v.ServiceLevel, v.Status, v.Content }).ToListAsync(cancellationToken);
        foreach (var version in read)
        {
            var summary = new ProcedureVersionSummary(version.Content.Name, version.Content.NameEn, version.Name, version.ServiceLevel, version.Content.OnlineResult);
            if (version.Status != ProcedureVersionStatus.Draft)
            {
                _settled.TryAdd(version.Id, summary);
            }

            found[version.Id] = summary;
        }

        return found;
    }
}
