using HanoiDvc.Application.Notifications;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.PersonalDocuments;

namespace HanoiDvc.Infrastructure.PersonalDocuments;

/// <summary>
/// Puts into the applicant's store what an agency has accepted or issued, so it is not asked for again (Nghị định
/// 45/2020/NĐ-CP, on the store of the person's electronic data and on not asking again for what was digitised or issued;
/// article numbers not confirmed from a source text): the files of an online dossier the desk received, each as the required
/// document it was attached for; the electronic result once released; each paper the desk digitised for a person with an
/// account, as a digitised copy or, for the paper result, as a result issued. Runs from the outbox after the change committed;
/// an entry with the same owner, content, document, origin and dossier is never added twice, so a second delivery adds nothing.
/// </summary>
internal sealed class PersonalDocumentIntake(AppDbContext db)
    : IOutboxHandler<DossierReceived>, IOutboxHandler<ResultReleased>, IOutboxHandler<DossierPaperDigitised>
{
    public async Task HandleAsync(DossierReceived domainEvent, Guid outboxMessageId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Attachments)
            .SingleOrDefaultAsync(d => d.Id == domainEvent.DossierId, cancellationToken);
        if (dossier is null || dossier.SubmissionChannel != Channel.Online)
        {
            return;
        }

        // A file taken from the store is already there; a file given for no required document is not a document of the person.
        var accepted = dossier.Attachments
            .Where(a => a.SourceDocumentId is null && a.DocumentName is not null)
            .DistinctBy(a => (a.Sha256, a.DocumentName))
            .Select(a => PersonalDocument.FromAcceptedAttachment(
                dossier.ApplicantId, a.DocumentName!, new PersonalDocumentFile(a.FileName, a.MediaType, a.Size, a.Sha256),
                dossier.Id, domainEvent.Code, dossier.ReceivingAgencyId, domainEvent.ReceivedAt));
        await AddNewAsync(dossier.ApplicantId, PersonalDocumentOrigin.AcceptedWithDossier, dossier.Id, [.. accepted], cancellationToken);
    }

    public async Task HandleAsync(ResultReleased domainEvent, Guid outboxMessageId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Result)
            .SingleOrDefaultAsync(d => d.Id == domainEvent.DossierId, cancellationToken);
        if (dossier?.Result is not { } result)
        {
            return;
        }

        var details = new PersonalDocumentDetails(
            result.DocumentType, result.IssuerName, ResultVerificationCode.Format(result.VerificationCode), Domain.Calendar.VietnamTimeZone.Today(result.IssuedAt), null);
        var document = PersonalDocument.FromResult(
            dossier.ApplicantId, details, new PersonalDocumentFile(result.FileName, result.MediaType, result.Size, result.Sha256),
            dossier.Id, domainEvent.Code, result.IssuerAgencyId, result.IssuedAt);
        await AddNewAsync(dossier.ApplicantId, PersonalDocumentOrigin.IssuedResult, dossier.Id, [document], cancellationToken);
    }

    public async Task HandleAsync(DossierPaperDigitised domainEvent, Guid outboxMessageId, CancellationToken cancellationToken)
    {
        // A walk-in applicant without an account has no store to put it in (their applicant id is derived, not a user's).
        if (!await db.Users.AnyAsync(u => u.Id == domainEvent.ApplicantId, cancellationToken))
        {
            return;
        }

        var found = await db.Dossiers.AsNoTracking()
            .Where(d => d.Id == domainEvent.DossierId)
            .Select(d => new { d.Code, Copy = d.DigitisedCopies.SingleOrDefault(c => c.Id == domainEvent.CopyId) })
            .SingleOrDefaultAsync(cancellationToken);
        if (found?.Copy is not { } copy)
        {
            return;
        }

        var paper = domainEvent.Paper;
        var details = new PersonalDocumentDetails(paper.DocumentName, paper.IssuingBody, paper.Number, paper.IssuedOn, paper.ValidUntil);
        var file = new PersonalDocumentFile(copy.FileName, copy.MediaType, copy.Size, copy.Sha256);
        var (origin, document) = domainEvent.Kind == DigitisedCopyKind.Result
            ? (PersonalDocumentOrigin.IssuedResult, PersonalDocument.FromResult(
                domainEvent.ApplicantId, details, file, domainEvent.DossierId, found.Code?.Value ?? string.Empty, domainEvent.AgencyId, domainEvent.OccurredAt))
            : (PersonalDocumentOrigin.DigitisedAtDesk, PersonalDocument.FromDigitisedCopy(
                domainEvent.ApplicantId, details, file, domainEvent.DossierId, found.Code?.Value, domainEvent.AgencyId, domainEvent.OccurredAt));
        await AddNewAsync(domainEvent.ApplicantId, origin, domainEvent.DossierId, [document], cancellationToken);
    }

    private async Task AddNewAsync(Guid ownerId, PersonalDocumentOrigin origin, Guid dossierId, IReadOnlyList<PersonalDocument> documents, CancellationToken cancellationToken)
    {
        var known = await db.PersonalDocuments.AsNoTracking()
            .Where(d => d.OwnerId == ownerId && d.Origin == origin && d.OriginDossierId == dossierId)
            .Select(d => new { d.Sha256, d.DocumentType }).ToListAsync(cancellationToken);
        var added = documents.Where(d => !known.Exists(k => k.Sha256 == d.Sha256 && k.DocumentType == d.DocumentType)).ToList();
        if (added.Count == 0)
        {
            return;
        }

        db.PersonalDocuments.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
    }
}
