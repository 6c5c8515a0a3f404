using System.Text.RegularExpressions;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.PersonalDocuments;

namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    private const string Attach = "attach a file to";
    private const string Remove = "remove a file from";

    private readonly List<DossierAttachment> _attachments = [];

    /// <summary>The attached files, in the order they were attached.</summary>
    public IReadOnlyList<DossierAttachment> Attachments => _attachments.AsReadOnly();

    /// <summary>The total size of the attached files, in bytes.</summary>
    public long AttachmentBytes => _attachments.Sum(a => a.Size);

    /// <summary>When a file was last attached or removed; changing it makes two concurrent uploads conflict on the row version.</summary>
    public DateTimeOffset? AttachmentsChangedAt { get; private set; }

    /// <summary>
    /// Attaches a stored file: the applicant (or the desk for them) while the dossier is a draft or waits for a supplement.
    /// The total of the dossier's files may not exceed <paramref name="maxTotalBytes"/>. Records no step; raises <see cref="FileAttached"/>.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.invalid_attachment</c>, <c>dossier.attachments_too_large</c>.</exception>
    public DossierAttachment AttachFile(Actor actor, DateTimeOffset now, string fileName, string mediaType, long size, string sha256, string? documentName, long maxTotalBytes)
    {
        EnsureAttachmentsOpen(actor, Attach);
        return AddAttachment(actor, now, fileName, mediaType, size, sha256, documentName, maxTotalBytes, null);
    }

    /// <summary>
    /// Attaches a document of the applicant's own store by reference (no upload; the same stored content), under the rules of
    /// <see cref="AttachFile"/>, and only the applicant themself, with a document they own that is still valid: ownership of
    /// the personal document is checked, never the possession of a hash.
    /// </summary>
    /// <exception cref="DomainException">Those of <see cref="AttachFile"/>; <c>personal_document.not_allowed</c> (not theirs, 404); <c>personal_document.expired</c>.</exception>
    public DossierAttachment AttachFromStore(Actor actor, DateTimeOffset now, PersonalDocument document, string? documentName, long maxTotalBytes)
    {
        ArgumentNullException.ThrowIfNull(document);
        EnsureAttachmentsOpen(actor, Attach);
        if (actor.UserId != ApplicantId)
        {
            throw NotAllowed(actor, Attach, "only its applicant may attach from their own store");
        }

        document.EnsureOwner(actor.UserId, "attach");
        if (!document.IsValidOn(VietnamTimeZone.Today(now)))
        {
            throw new DomainException("personal_document.expired", $"Document {document.Id} was valid until {document.ValidUntil:yyyy-MM-dd}.");
        }

        return AddAttachment(actor, now, document.FileName, document.MediaType, document.Size, document.Sha256, documentName, maxTotalBytes, document.Id);
    }

    private DossierAttachment AddAttachment(
        Actor actor, DateTimeOffset now, string fileName, string mediaType, long size, string sha256, string? documentName, long maxTotalBytes, Guid? sourceDocumentId)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        var document = string.IsNullOrWhiteSpace(documentName) ? null : documentName.Trim();
        var problem =
            string.IsNullOrWhiteSpace(fileName) || fileName.Length > DossierAttachment.FileNameMaxLength ? $"A file name has 1 to {DossierAttachment.FileNameMaxLength} characters."
            : string.IsNullOrWhiteSpace(mediaType) ? "A file needs a media type."
            : size <= 0 ? "An empty file cannot be attached."
            : !Sha256Shape().IsMatch(sha256) ? "The content hash is not a lower-case hex SHA-256."
            : document?.Length > DossierAttachment.DocumentNameMaxLength ? $"A document name has at most {DossierAttachment.DocumentNameMaxLength} characters."
            : document is not null && _requiredDocuments.Count > 0 && !_requiredDocuments.Exists(d => d.Name == document)
                ? $"'{document}' is not one of the documents the procedure of dossier {Reference} asks for."
            : null;
        if (problem is not null)
        {
            throw new DomainException("dossier.invalid_attachment", problem);
        }

        if (AttachmentBytes + size > maxTotalBytes)
        {
            throw new DomainException(
                "dossier.attachments_too_large",
                $"Dossier {Reference} would hold {AttachmentBytes + size} bytes of files; at most {maxTotalBytes} are accepted.");
        }

        var at = now.ToUniversalTime();
        var attachment = new DossierAttachment(fileName, mediaType, size, sha256, document, at, actor.UserId, sourceDocumentId);
        _attachments.Add(attachment);
        AttachmentsChangedAt = at;
        Raise(new FileAttached(Id, attachment.Id, sha256, size, document, actor.UserId, at));
        return attachment;
    }

    /// <summary>Removes an attached file, under the same rules as <see cref="AttachFile"/>. The stored content is collected later.</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.attachment_not_found</c>.</exception>
    public void RemoveFile(Actor actor, DateTimeOffset now, Guid attachmentId)
    {
        EnsureAttachmentsOpen(actor, Remove);
        var attachment = _attachments.Find(a => a.Id == attachmentId)
            ?? throw new DomainException("dossier.attachment_not_found", $"Dossier {Reference} has no attachment {attachmentId}.");
        _attachments.Remove(attachment);
        AttachmentsChangedAt = now.ToUniversalTime();
    }

    /// <summary>
    /// The mandatory required documents with no file attached for them, as form errors keyed <c>documents[i]</c> (the index
    /// in <see cref="RequiredDocuments"/>). Only an online submission is held to them: at the desk the paper is checked by hand.
    /// </summary>
    public IReadOnlyList<FormDataError> MissingDocuments()
    {
        if (SubmissionChannel != Channel.Online)
        {
            return [];
        }

        var attached = _attachments.Select(a => a.DocumentName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. _requiredDocuments
            .Select((document, index) => (document, index))
            .Where(d => d.document.Mandatory && !attached.Contains(d.document.Name))
            .Select(d => FormDataValidator.MissingDocument(d.index, d.document))];
    }

    /// <summary>Files change only while the applicant holds the dossier (a draft, or a pending supplement request).</summary>
    private void EnsureAttachmentsOpen(Actor actor, string what)
    {
        if (Status is not (DossierStatus.Draft or DossierStatus.SupplementRequested))
        {
            throw new DomainException("dossier.invalid_transition", $"Cannot {what} dossier {Reference} while it is {Status}.");
        }

        EnsureApplicant(actor, what);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Shape();
}
