namespace HanoiDvc.Application.Results;

/// <summary>Whether a result still stands.</summary>
public enum ResultStatus
{
    /// <summary>Issued and not revoked.</summary>
    Valid,

    /// <summary>Revoked by the issuer: the document no longer proves anything.</summary>
    Revoked,
}

/// <summary>What the public verification shows about a result: enough to recognise the document, nothing to identify the applicant.</summary>
/// <param name="VerificationCode">The code as printed.</param>
/// <param name="Status">Valid or revoked.</param>
/// <param name="DocumentType">What the document is.</param>
/// <param name="IssuerName">The issuing agency.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ApplicantName">The applicant's name, masked ("Nguyễn V** Đ**").</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the genuine file.</param>
public sealed record ResultVerificationDto(
    string VerificationCode, ResultStatus Status, string DocumentType, string IssuerName, DateTimeOffset IssuedAt, string ApplicantName, string Sha256);

/// <summary>The comparison of a presented file with the genuine result.</summary>
/// <param name="Matches">Whether the presented file is byte for byte the genuine one (equal SHA-256 and size).</param>
/// <param name="PresentedSha256">The SHA-256 of the presented file.</param>
/// <param name="Result">The genuine result's public details.</param>
public sealed record ResultComparisonDto(bool Matches, string PresentedSha256, ResultVerificationDto Result);
