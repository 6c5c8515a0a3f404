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
    public async Task<ProcedureVersionSummary> GetAsync(IQueryable<ProcedureVersion> versions, Guid versionId, CancellationToken cancellationToken)
    {
        if (_settled.TryGetValue(versionId, out var known))
        {
            return known;
        }

        var version = await versions.AsNoTracking().Where(v => v.Id == versionId)
            .Select(v => new { v.Name, v.ServiceLevel, v.Status, v.Content }).SingleAsync(cancellationToken);
        var summary = new ProcedureVersionSummary(version.Content.Name, version.Content.NameEn, version.Name, version.ServiceLevel, version.Content.OnlineResult);
        if (version.Status != ProcedureVersionStatus.Draft)
        {
            _settled.TryAdd(versionId, summary);
        }

        return summary;
    }
}
