using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>Puts the procedure's name (Vietnamese and English, of the version each dossier follows) on a page of a list.</summary>
internal sealed class ProcedureNames(ProcedureVersionSummaries summaries)
{
    public async Task<IReadOnlyList<DossierSummaryDto>> FillAsync(IQueryable<ProcedureVersion> versions, IReadOnlyList<DossierSummaryDto> items, CancellationToken cancellationToken)
    {
        var names = await summaries.GetManyAsync(versions, [.. items.Select(d => d.ProcedureVersionId).Distinct()], cancellationToken);
        return [.. items.Select(d => names.TryGetValue(d.ProcedureVersionId, out var version)
            ? d with { ProcedureName = version.Name, ProcedureNameEn = version.NameEn }
            : d)];
    }
}
