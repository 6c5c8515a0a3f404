namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// Fills in where each file taken from the applicant's store came from. The dossier references the store document, so
/// whoever reads the dossier (its applicant, the officials handling it) reads its origin; a document the owner has since
/// removed from their store still answers.
/// </summary>
internal static class AttachmentSources
{
    public static async Task<DossierDto> FillAsync(IAppDbContext db, DossierDto dossier, CancellationToken cancellationToken)
    {
        var ids = dossier.Attachments.Select(a => a.SourceDocumentId).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return dossier;
        }

        var sources = await db.PersonalDocuments.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Origin, d.DocumentType, d.Number, d.OriginDossierCode, d.OriginAgencyId, d.OriginAt })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var agencyIds = sources.Values.Select(s => s.OriginAgencyId).OfType<Guid>().Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Name, a.NameEn }).ToDictionaryAsync(a => a.Id, cancellationToken);
        return dossier with
        {
            Attachments = [.. dossier.Attachments.Select(a =>
            {
                if (a.SourceDocumentId is not { } id || !sources.TryGetValue(id, out var s))
                {
                    return a;
                }

                var agency = s.OriginAgencyId is { } agencyId && agencies.TryGetValue(agencyId, out var found) ? found : null;
                return a with { Source = new AttachmentSourceDto(s.Origin, s.DocumentType, s.Number, s.OriginDossierCode, agency?.Name, agency?.NameEn, s.OriginAt) };
            })],
        };
    }
}
