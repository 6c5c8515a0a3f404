using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.PersonalDocuments;

namespace HanoiDvc.Application.PersonalDocuments.Common;

/// <summary>Turns store documents into their answers: the origin agency's names, validity today, what the owner may do.</summary>
internal static class PersonalDocumentAnswers
{
    /// <summary>The owner's documents still in their store (removed ones are gone for them).</summary>
    public static IQueryable<PersonalDocument> OwnedBy(this IQueryable<PersonalDocument> documents, ICurrentUser user)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        return documents.Where(d => d.OwnerId == userId && d.RemovedAt == null);
    }

    public static async Task<IReadOnlyList<PersonalDocumentDto>> AnswerAsync(
        IAppDbContext db, IReadOnlyList<PersonalDocument> documents, DateTimeOffset now, IReadOnlyList<string> requiredDocuments, CancellationToken cancellationToken)
    {
        var agencyIds = documents.Select(d => d.OriginAgencyId).OfType<Guid>().Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Name, a.NameEn }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var today = VietnamTimeZone.Today(now);
        return [.. documents.Select(d =>
        {
            var agency = d.OriginAgencyId is { } id && agencies.TryGetValue(id, out var found) ? found : null;
            return new PersonalDocumentDto(
                d.Id, d.DocumentType, d.IssuingBody, d.Number, d.IssuedOn, d.ValidUntil, !d.IsValidOn(today), d.FileName, d.MediaType, d.Size,
                d.Origin, d.OriginDossierId, d.OriginDossierCode, agency?.Name, agency?.NameEn, d.OriginAt, d.Origin == PersonalDocumentOrigin.Uploaded,
                [.. requiredDocuments.Where(d.Matches)]);
        })];
    }

    public static async Task<PersonalDocumentDto> AnswerAsync(IAppDbContext db, PersonalDocument document, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await AnswerAsync(db, [document], now, [], cancellationToken))[0];
}
