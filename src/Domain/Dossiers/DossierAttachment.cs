namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// A file the applicant (or the desk for them) attached to a dossier (thành phần hồ sơ đính kèm). Owned by its
/// <see cref="Dossier"/>; its content lives in the file store under <see cref="Sha256"/>. Never changed once written.
/// </summary>
public sealed class DossierAttachment
{
    private DossierAttachment() { }

    internal DossierAttachment(string fileName, string mediaType, long size, string sha256, string? documentName, DateTimeOffset uploadedAt, Guid uploadedBy, Guid? sourceDocumentId = null)
    {
        Id = Guid.CreateVersion7();
        FileName = fileName;
        MediaType = mediaType;
        Size = size;
        Sha256 = sha256;
        DocumentName = documentName;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
        SourceDocumentId = sourceDocumentId;
    }

    /// <summary>Largest length of <see cref="FileName"/>.</summary>
    public const int FileNameMaxLength = 200;

    /// <summary>Largest length of <see cref="DocumentName"/>.</summary>
    public const int DocumentNameMaxLength = 500;

    /// <summary>Identifier (UUID v7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The file's name, already made safe (no path, the extension of what the file really is).</summary>
    public string FileName { get; private set; } = null!;

    /// <summary>The media type detected from the content, never the one the client sent.</summary>
    public string MediaType { get; private set; } = null!;

    /// <summary>Size in bytes.</summary>
    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content: its key in the file store.</summary>
    public string Sha256 { get; private set; } = null!;

    /// <summary>Which required document of the procedure the file is for, if the applicant said so.</summary>
    public string? DocumentName { get; private set; }

    /// <summary>When it was attached (UTC).</summary>
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The user who attached it.</summary>
    public Guid UploadedBy { get; private set; }

    /// <summary>
    /// The document of the applicant's own store it was attached from, by reference and without an upload; null for an
    /// upload. The store entry may later be removed by its owner: the attachment keeps its content all the same.
    /// </summary>
    public Guid? SourceDocumentId { get; private set; }
}
