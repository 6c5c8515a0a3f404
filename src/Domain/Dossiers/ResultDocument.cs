namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// The electronic result of a dossier (kết quả giải quyết điện tử): a PDF the approving leader uploaded or the system
/// generated from a template. Owned by its <see cref="Dossier"/> (one at most); its content lives in the file store under
/// <see cref="Sha256"/>. Anyone holding a copy can check it publicly by <see cref="VerificationCode"/>.
/// </summary>
public sealed class ResultDocument
{
    private ResultDocument() { }

    internal ResultDocument(
        ResultOrigin origin, string documentType, string fileName, string mediaType, long size, string sha256, string verificationCode,
        Guid issuerAgencyId, string issuerName, string signerName, Guid signedBy, DateTimeOffset issuedAt)
    {
        Id = Guid.CreateVersion7();
        Origin = origin;
        DocumentType = documentType;
        FileName = fileName;
        MediaType = mediaType;
        Size = size;
        Sha256 = sha256;
        VerificationCode = verificationCode;
        IssuerAgencyId = issuerAgencyId;
        IssuerName = issuerName;
        SignerName = signerName;
        SignedBy = signedBy;
        IssuedAt = issuedAt;
    }

    /// <summary>Largest length of <see cref="DocumentType"/>.</summary>
    public const int DocumentTypeMaxLength = 300;

    /// <summary>Largest length of <see cref="FileName"/>.</summary>
    public const int FileNameMaxLength = 200;

    /// <summary>Identifier (UUID v7).</summary>
    public Guid Id { get; private set; }

    /// <summary>Uploaded by the leader or generated from a template.</summary>
    public ResultOrigin Origin { get; private set; }

    /// <summary>What the document is, as the verification page names it (e.g. "Bản sao văn bằng, chứng chỉ từ sổ gốc").</summary>
    public string DocumentType { get; private set; } = null!;

    /// <summary>The file name the applicant downloads.</summary>
    public string FileName { get; private set; } = null!;

    /// <summary>The media type, detected from the content (always <c>application/pdf</c> today).</summary>
    public string MediaType { get; private set; } = null!;

    /// <summary>Size in bytes.</summary>
    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content: its key in the file store and what a presented copy is compared with.</summary>
    public string Sha256 { get; private set; } = null!;

    /// <summary>The public verification code (<see cref="ResultVerificationCode"/>), unique across all results.</summary>
    public string VerificationCode { get; private set; } = null!;

    /// <summary>The agency that issued the result (the deciding agency).</summary>
    public Guid IssuerAgencyId { get; private set; }

    /// <summary>The issuing agency's name at the time of issue.</summary>
    public string IssuerName { get; private set; } = null!;

    /// <summary>The name of the leader who approved and signed.</summary>
    public string SignerName { get; private set; } = null!;

    /// <summary>The user id of the signer.</summary>
    public Guid SignedBy { get; private set; }

    /// <summary>When it was issued (UTC).</summary>
    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>When it was released to the applicant with the returned result (UTC); before that only officials read it.</summary>
    public DateTimeOffset? ReleasedAt { get; private set; }

    /// <summary>When it was revoked (UTC); a revoked result no longer verifies as valid.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Whether the applicant may download it.</summary>
    public bool IsReleased => ReleasedAt is not null;

    internal void Release(DateTimeOffset at) => ReleasedAt = at;
}
