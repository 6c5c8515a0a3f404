namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>
/// The desk recorded a digitised copy of a paper of a dossier (a received paper or the paper result). The applicant's store
/// of documents takes the copy from here (Thông tư 01/2023/TT-VPCP, Điều 24; Nghị định 45/2020/NĐ-CP, Điều 16 khoản 3).
/// </summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="ApplicantId">Whose paper it is.</param>
/// <param name="CopyId">The new digitised copy.</param>
/// <param name="Kind">A received paper or the result.</param>
/// <param name="Paper">Its metadata (document, issuing body, number, dates).</param>
/// <param name="Sha256">The scan's key in the file store.</param>
/// <param name="MediaType">The scan's media type.</param>
/// <param name="AgencyId">The agency whose desk digitised it.</param>
/// <param name="DigitisedBy">The desk official.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierPaperDigitised(
    Guid DossierId, Guid ApplicantId, Guid CopyId, DigitisedCopyKind Kind, DigitisedPaper Paper, string Sha256, string MediaType, Guid AgencyId,
    Guid DigitisedBy, DateTimeOffset OccurredAt) : IDomainEvent;
