namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>Puts the procedure's name (Vietnamese and English, of the version each dossier follows) on a page of a list.</summary>
internal static class ProcedureNames
{
    public static async Task<IReadOnlyList<DossierSummaryDto>> FillAsync(IAppDbContext db, IReadOnlyList<DossierSummaryDto> items, CancellationToken cancellationToken)
    {
        var versionIds = items.Select(d => d.ProcedureVersionId).Distinct().ToList();
        var names = await db.ProcedureVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Content }).ToDictionaryAsync(v => v.Id, v => v.Content, cancellationToken);
        return [.. items.Select(d => names.TryGetValue(d.ProcedureVersionId, out var content)
            ? d with { ProcedureName = content.Name, ProcedureNameEn = content.NameEn }
            : d)];
    }
}
