namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>A digitised copy of a paper; download its scan from <c>/api/v1/dossiers/{dossierId}/digitised-copies/{id}</c>.</summary>
/// <param name="Id">The copy.</param>
/// <param name="Kind">A received paper or the paper result.</param>
/// <param name="DocumentName">Which paper: a received paper's name, or the result's document type.</param>
/// <param name="IssuingBody">The body that issued the paper.</param>
/// <param name="Number">Its number and symbol, if any.</param>
/// <param name="IssuedOn">Its issue date.</param>
/// <param name="ValidUntil">Its last valid day, if it expires.</param>
/// <param name="FileName">The scan's safe name.</param>
/// <param name="MediaType">The scan's media type (PDF, JPEG or PNG).</param>
/// <param name="Size">The scan's size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the scan.</param>
/// <param name="DigitisedAt">When the desk recorded it.</param>
public sealed record DigitisedCopyDto(
    Guid Id, DigitisedCopyKind Kind, string DocumentName, string IssuingBody, string? Number, DateOnly IssuedOn, DateOnly? ValidUntil,
    string FileName, string MediaType, long Size, string Sha256, DateTimeOffset DigitisedAt);
