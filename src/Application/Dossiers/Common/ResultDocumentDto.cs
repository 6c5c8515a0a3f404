namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>A dossier's electronic result as its officials (and, once released, its applicant) see it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Origin">Uploaded or generated.</param>
/// <param name="DocumentType">What the document is.</param>
/// <param name="FileName">The downloaded file's name.</param>
/// <param name="MediaType">Always <c>application/pdf</c>.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file.</param>
/// <param name="VerificationCode">The code as printed (<c>ABCD-EFGH-JKMN</c>).</param>
/// <param name="VerificationUrl">The public verification page (what the QR code holds).</param>
/// <param name="IssuerName">The issuing agency.</param>
/// <param name="SignerName">The leader who signed.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ReleasedAt">When it was released to the applicant, if it was.</param>
public sealed record ResultDocumentDto(
    Guid Id, ResultOrigin Origin, string DocumentType, string FileName, string MediaType, long Size, string Sha256,
    string VerificationCode, Uri VerificationUrl, string IssuerName, string SignerName, DateTimeOffset IssuedAt, DateTimeOffset? ReleasedAt)
{
    internal static ResultDocumentDto From(ResultDocument result, Uri verificationUrl) => new(
        result.Id, result.Origin, result.DocumentType, result.FileName, result.MediaType, result.Size, result.Sha256,
        ResultVerificationCode.Format(result.VerificationCode), verificationUrl, result.IssuerName, result.SignerName, result.IssuedAt, result.ReleasedAt);
}
