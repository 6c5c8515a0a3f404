namespace HanoiDvc.Domain.PersonalDocuments;

/// <summary>The ways a document enters its owner's store, one factory each.</summary>
public sealed partial class PersonalDocument
{
    /// <summary>The owner uploads a document of their own.</summary>
    /// <exception cref="DomainException"><c>personal_document.invalid</c>.</exception>
    public static PersonalDocument Upload(Guid ownerId, PersonalDocumentDetails details, PersonalDocumentFile file, DateTimeOffset now) =>
        Create(ownerId, details, file, PersonalDocumentOrigin.Uploaded, null, null, null, now);

    /// <summary>A file of an online dossier the desk received, as the required document it was attached for.</summary>
    /// <exception cref="DomainException"><c>personal_document.invalid</c>.</exception>
    public static PersonalDocument FromAcceptedAttachment(
        Guid ownerId, string documentName, PersonalDocumentFile file, Guid dossierId, string dossierCode, Guid agencyId, DateTimeOffset receivedAt) =>
        Create(ownerId, new PersonalDocumentDetails(documentName, null, null, null, null), file, PersonalDocumentOrigin.AcceptedWithDossier, dossierId, dossierCode, agencyId, receivedAt);

    /// <summary>The desk digitised the paper the owner brought for a dossier (called when the desk's digitisation is recorded).</summary>
    /// <exception cref="DomainException"><c>personal_document.invalid</c>.</exception>
    public static PersonalDocument FromDigitisedCopy(
        Guid ownerId, PersonalDocumentDetails details, PersonalDocumentFile file, Guid dossierId, string? dossierCode, Guid agencyId, DateTimeOffset digitisedAt) =>
        Create(ownerId, details, file, PersonalDocumentOrigin.DigitisedAtDesk, dossierId, dossierCode, agencyId, digitisedAt);

    /// <summary>The electronic result released to the owner.</summary>
    /// <exception cref="DomainException"><c>personal_document.invalid</c>.</exception>
    public static PersonalDocument FromResult(
        Guid ownerId, PersonalDocumentDetails details, PersonalDocumentFile file, Guid dossierId, string dossierCode, Guid agencyId, DateTimeOffset issuedAt) =>
        Create(ownerId, details, file, PersonalDocumentOrigin.IssuedResult, dossierId, dossierCode, agencyId, issuedAt);
}
