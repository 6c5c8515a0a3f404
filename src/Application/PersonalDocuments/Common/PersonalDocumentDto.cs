using HanoiDvc.Domain.PersonalDocuments;

namespace HanoiDvc.Application.PersonalDocuments.Common;

/// <summary>A document of the signed-in applicant's store; download it from <c>/api/v1/me/documents/{id}/content</c>.</summary>
/// <param name="Id">The document.</param>
/// <param name="DocumentType">What the paper is.</param>
/// <param name="IssuingBody">Who issued it, if known.</param>
/// <param name="Number">Its number and symbol, if any.</param>
/// <param name="IssuedOn">When it was issued, if known.</param>
/// <param name="ValidUntil">Its last valid day; null when it does not expire.</param>
/// <param name="Expired">Whether it is past its last valid day (then it is shown, but not offered when applying).</param>
/// <param name="FileName">The safe file name.</param>
/// <param name="MediaType">The media type detected from the content.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Origin">How it came into the store.</param>
/// <param name="OriginDossierId">The dossier it came with (accepted, digitised or issued), if any.</param>
/// <param name="OriginDossierCode">That dossier's code.</param>
/// <param name="OriginAgencyName">The agency that accepted, digitised or issued it.</param>
/// <param name="OriginAgencyNameEn">The same in English.</param>
/// <param name="OriginAt">When it was accepted, digitised, issued or uploaded.</param>
/// <param name="Editable">Whether its owner may edit its details (their own uploads only).</param>
/// <param name="MatchesDocuments">When listed for a dossier: the names of the dossier's required documents it is (folded match); otherwise empty.</param>
public sealed record PersonalDocumentDto(
    Guid Id, string DocumentType, string? IssuingBody, string? Number, DateOnly? IssuedOn, DateOnly? ValidUntil, bool Expired,
    string FileName, string MediaType, long Size, PersonalDocumentOrigin Origin, Guid? OriginDossierId, string? OriginDossierCode,
    string? OriginAgencyName, string? OriginAgencyNameEn, DateTimeOffset OriginAt, bool Editable, IReadOnlyList<string> MatchesDocuments);
