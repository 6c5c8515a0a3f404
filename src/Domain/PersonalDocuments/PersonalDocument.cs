using System.Text.RegularExpressions;

namespace HanoiDvc.Domain.PersonalDocuments;

/// <summary>
/// A document in an applicant's own electronic data store (kho quản lý dữ liệu điện tử của tổ chức, cá nhân, Nghị định
/// 45/2020/NĐ-CP; the article numbers were not confirmed from a source text), so that a paper already given or issued is
/// offered again instead of asked for again (the principle Nghị định 107/2021/NĐ-CP restates for Nghị định 61/2018/NĐ-CP;
/// article not confirmed). Owned by one user (the <c>ApplicantId</c> of their dossiers); its content lives in the file
/// store under <see cref="Sha256"/> and is read only by its owner, or by officials through a dossier that references it.
/// </summary>
public sealed partial class PersonalDocument : AggregateRoot
{
    /// <summary>Largest length of <see cref="DocumentType"/> (that of a dossier attachment's document name).</summary>
    public const int DocumentTypeMaxLength = 500;

    /// <summary>Largest length of <see cref="IssuingBody"/>.</summary>
    public const int IssuingBodyMaxLength = 300;

    /// <summary>Largest length of <see cref="Number"/>.</summary>
    public const int NumberMaxLength = 100;

    /// <summary>Largest length of <see cref="FileName"/>.</summary>
    public const int FileNameMaxLength = 200;

    private PersonalDocument() { }

    /// <summary>The user whose store holds it.</summary>
    public Guid OwnerId { get; private set; }

    /// <summary>What the paper is; matched, folded, against the documents a procedure asks for.</summary>
    public string DocumentType { get; private set; } = null!;

    /// <summary>Who issued it, if known.</summary>
    public string? IssuingBody { get; private set; }

    /// <summary>Its number and symbol, if any.</summary>
    public string? Number { get; private set; }

    /// <summary>When it was issued, if known.</summary>
    public DateOnly? IssuedOn { get; private set; }

    /// <summary>The last day it is valid; null when it does not expire.</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>The safe file name.</summary>
    public string FileName { get; private set; } = null!;

    /// <summary>The media type detected from the content.</summary>
    public string MediaType { get; private set; } = null!;

    /// <summary>Size in bytes.</summary>
    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content: its key in the file store.</summary>
    public string Sha256 { get; private set; } = null!;

    /// <summary>How it came into the store.</summary>
    public PersonalDocumentOrigin Origin { get; private set; }

    /// <summary>The dossier it was accepted with, digitised for or issued by; null for an upload.</summary>
    public Guid? OriginDossierId { get; private set; }

    /// <summary>That dossier's code, as the desk and the owner know it.</summary>
    public string? OriginDossierCode { get; private set; }

    /// <summary>The agency that accepted, digitised or issued it; null for an upload.</summary>
    public Guid? OriginAgencyId { get; private set; }

    /// <summary>When it was accepted, digitised, issued or uploaded (UTC).</summary>
    public DateTimeOffset OriginAt { get; private set; }

    /// <summary>When its details were last changed by the owner, if ever.</summary>
    public DateTimeOffset? EditedAt { get; private set; }

    /// <summary>
    /// When the owner removed it from their store: it is no longer listed, offered or readable from the store, but the
    /// dossiers that referenced it keep their files and still show where they came from.
    /// </summary>
    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>Whether it may be offered on <paramref name="today"/>: not past its last valid day.</summary>
    public bool IsValidOn(DateOnly today) => ValidUntil is not { } until || today <= until;

    /// <summary>
    /// Whether it is the document a procedure asks for under <paramref name="documentName"/>: the same words, whatever the
    /// case and the Vietnamese diacritics ("Giấy khai sinh" is "giay khai sinh").
    /// </summary>
    public bool Matches(string? documentName) =>
        !string.IsNullOrWhiteSpace(documentName) && VietnameseText.Fold(DocumentType) == VietnameseText.Fold(documentName);

    /// <summary>Whether <paramref name="userId"/> owns it.</summary>
    public bool IsOwnedBy(Guid userId) => userId != Guid.Empty && userId == OwnerId;

    /// <summary>
    /// The owner corrects the details of a document they uploaded. What an agency accepted or issued keeps the facts it was
    /// accepted or issued with (<c>personal_document.not_editable</c>).
    /// </summary>
    /// <exception cref="DomainException"><c>personal_document.not_allowed</c>, <c>personal_document.not_editable</c>, <c>personal_document.invalid</c>.</exception>
    public void Edit(Guid userId, PersonalDocumentDetails details, DateTimeOffset now)
    {
        EnsureOwner(userId, "edit");
        if (Origin != PersonalDocumentOrigin.Uploaded)
        {
            throw new DomainException("personal_document.not_editable", $"Document {Id} came from an agency ({Origin}); only an upload of the owner's own can be edited.");
        }

        Describe(details);
        EditedAt = now.ToUniversalTime();
    }

    /// <summary>The owner removes it from their store (see <see cref="RemovedAt"/>); afterwards it is not found, as for anyone else.</summary>
    /// <exception cref="DomainException"><c>personal_document.not_allowed</c>.</exception>
    public void Remove(Guid userId, DateTimeOffset now)
    {
        EnsureOwner(userId, "remove");
        RemovedAt = now.ToUniversalTime();
    }

    /// <summary>Only the owner may act on a document of their store, until they remove it; to anyone else it does not exist.</summary>
    /// <exception cref="DomainException"><c>personal_document.not_allowed</c>.</exception>
    public void EnsureOwner(Guid userId, string what)
    {
        if (!IsOwnedBy(userId) || RemovedAt is not null)
        {
            throw new DomainException("personal_document.not_allowed", $"Only the owner may {what} document {Id}.", ErrorKind.NotFound);
        }
    }

    private static PersonalDocument Create(
        Guid ownerId, PersonalDocumentDetails details, PersonalDocumentFile file, PersonalDocumentOrigin origin,
        Guid? dossierId, string? dossierCode, Guid? agencyId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problem =
            ownerId == Guid.Empty ? "A personal document needs its owner."
            : string.IsNullOrWhiteSpace(file.FileName) || file.FileName.Length > FileNameMaxLength ? $"A file name has 1 to {FileNameMaxLength} characters."
            : string.IsNullOrWhiteSpace(file.MediaType) ? "A file needs a media type."
            : file.Size <= 0 ? "An empty file cannot be stored."
            : !Sha256Shape().IsMatch(file.Sha256 ?? string.Empty) ? "The content hash is not a lower-case hex SHA-256."
            : origin != PersonalDocumentOrigin.Uploaded && (dossierId is null || dossierId == Guid.Empty || agencyId is null || agencyId == Guid.Empty) ? "A document from an agency names its dossier and agency."
            : null;
        if (problem is not null)
        {
            throw new DomainException("personal_document.invalid", problem, ErrorKind.Validation);
        }

        var document = new PersonalDocument
        {
            Id = Guid.CreateVersion7(),
            OwnerId = ownerId,
            FileName = file.FileName,
            MediaType = file.MediaType,
            Size = file.Size,
            Sha256 = file.Sha256!,
            Origin = origin,
            OriginDossierId = dossierId,
            OriginDossierCode = string.IsNullOrWhiteSpace(dossierCode) ? null : dossierCode.Trim(),
            OriginAgencyId = agencyId,
            OriginAt = at.ToUniversalTime(),
        };
        document.Describe(details);
        return document;
    }

    private void Describe(PersonalDocumentDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var type = details.DocumentType?.Trim();
        var issuer = Blank(details.IssuingBody);
        var number = Blank(details.Number);
        var problem =
            string.IsNullOrEmpty(type) || type.Length > DocumentTypeMaxLength ? $"A document type has 1 to {DocumentTypeMaxLength} characters."
            : issuer?.Length > IssuingBodyMaxLength ? $"An issuing body has at most {IssuingBodyMaxLength} characters."
            : number?.Length > NumberMaxLength ? $"A number has at most {NumberMaxLength} characters."
            : details.IssuedOn is { } issued && details.ValidUntil is { } until && until < issued ? "A document cannot expire before it was issued."
            : null;
        if (problem is not null)
        {
            throw new DomainException("personal_document.invalid", problem, ErrorKind.Validation);
        }

        (DocumentType, IssuingBody, Number, IssuedOn, ValidUntil) = (type!, issuer, number, details.IssuedOn, details.ValidUntil);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Shape();
}
