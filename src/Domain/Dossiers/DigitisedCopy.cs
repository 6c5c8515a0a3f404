namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// A digitised copy (bản số hóa) the desk made of a paper: one received at the counter or by post, or the result the agency
/// issued on paper (Nghị định 61/2018/NĐ-CP as amended by Nghị định 107/2021/NĐ-CP; Thông tư 01/2023/TT-VPCP). Owned by its
/// <see cref="Dossier"/>; the scan lives in the file store under <see cref="Sha256"/>. Never changed once written.
/// </summary>
public sealed class DigitisedCopy
{
    private DigitisedCopy() { }

    internal DigitisedCopy(DigitisedCopyKind kind, DigitisedPaper paper, ScannedFile scan, Guid agencyId, DateTimeOffset digitisedAt, Guid digitisedBy)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        DocumentName = paper.DocumentName;
        IssuingBody = paper.IssuingBody;
        Number = paper.Number;
        IssuedOn = paper.IssuedOn;
        ValidUntil = paper.ValidUntil;
        FileName = scan.FileName;
        MediaType = scan.MediaType;
        Size = scan.Size;
        Sha256 = scan.Sha256;
        AgencyId = agencyId;
        DigitisedAt = digitisedAt;
        DigitisedBy = digitisedBy;
    }

    /// <summary>Identifier (UUID v7).</summary>
    public Guid Id { get; private set; }

    /// <summary>A received paper or the paper result.</summary>
    public DigitisedCopyKind Kind { get; private set; }

    /// <summary>Which paper it is: a received paper's name, or the result's document type (e.g. "Bản sao văn bằng").</summary>
    public string DocumentName { get; private set; } = null!;

    /// <summary>The body that issued the paper (cơ quan ban hành).</summary>
    public string IssuingBody { get; private set; } = null!;

    /// <summary>The paper's number and symbol (số, ký hiệu); null when the paper has none.</summary>
    public string? Number { get; private set; }

    /// <summary>The date the paper was issued (ngày ban hành).</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>The last day the paper is valid; null when it does not expire.</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>The scan's name, already made safe.</summary>
    public string FileName { get; private set; } = null!;

    /// <summary>The scan's media type, detected from its content.</summary>
    public string MediaType { get; private set; } = null!;

    /// <summary>The scan's size in bytes.</summary>
    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the scan: its key in the file store.</summary>
    public string Sha256 { get; private set; } = null!;

    /// <summary>The agency whose desk digitised it.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTimeOffset DigitisedAt { get; private set; }

    /// <summary>The desk official who recorded it.</summary>
    public Guid DigitisedBy { get; private set; }
}
