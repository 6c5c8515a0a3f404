namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// What the desk reads off a paper it digitises: the metadata of a digitised document (Thông tư 01/2023/TT-VPCP, Điều 24
/// khoản 2: the descriptive data of digitised papers kept in the applicant's store).
/// </summary>
/// <param name="DocumentName">A received paper's name, or the paper result's document type.</param>
/// <param name="IssuingBody">Cơ quan ban hành.</param>
/// <param name="Number">Số, ký hiệu; null when the paper has none.</param>
/// <param name="IssuedOn">Ngày ban hành.</param>
/// <param name="ValidUntil">Thời hạn hiệu lực; null when it does not expire.</param>
public sealed record DigitisedPaper(string DocumentName, string IssuingBody, string? Number, DateOnly IssuedOn, DateOnly? ValidUntil)
{
    /// <summary>Largest length of <see cref="DocumentName"/> (a received paper's name).</summary>
    public const int DocumentNameMaxLength = ReceivedPaper.NameMaxLength;

    /// <summary>Largest length of <see cref="IssuingBody"/>.</summary>
    public const int IssuingBodyMaxLength = 300;

    /// <summary>Largest length of <see cref="Number"/>.</summary>
    public const int NumberMaxLength = 100;
}
