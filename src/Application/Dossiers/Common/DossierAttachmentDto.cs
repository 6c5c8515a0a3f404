using HanoiDvc.Domain.PersonalDocuments;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>A file attached to a dossier; download it from <c>/api/v1/dossiers/{dossierId}/attachments/{id}</c>.</summary>
/// <param name="Id">The attachment.</param>
/// <param name="FileName">The safe file name, with the extension of what the file really is.</param>
/// <param name="MediaType">The media type detected from the content.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
/// <param name="DocumentName">Which required document of the procedure it is for, if said.</param>
/// <param name="UploadedAt">When it was attached.</param>
/// <param name="UploadedBy">Who attached it.</param>
/// <param name="SourceDocumentId">The document of the applicant's store it was attached from by reference; null for an upload.</param>
/// <param name="Source">Where that store document came from (accepted with, digitised for or issued by which dossier and agency, or uploaded by the owner); null for an upload.</param>
public sealed record DossierAttachmentDto(
    Guid Id, string FileName, string MediaType, long Size, string Sha256, string? DocumentName, DateTimeOffset UploadedAt, Guid UploadedBy,
    Guid? SourceDocumentId = null, AttachmentSourceDto? Source = null)
{
    internal static DossierAttachmentDto Of(DossierAttachment a) =>
        new(a.Id, a.FileName, a.MediaType, a.Size, a.Sha256, a.DocumentName, a.UploadedAt, a.UploadedBy, a.SourceDocumentId);
}

/// <summary>Where a file taken from the applicant's store came from, as the desk reads it.</summary>
/// <param name="Origin">How the document entered the store.</param>
/// <param name="DocumentType">What the store calls it.</param>
/// <param name="Number">Its number and symbol, if any.</param>
/// <param name="DossierCode">The dossier it was accepted with, digitised for or issued by, if any.</param>
/// <param name="AgencyName">The agency that accepted, digitised or issued it.</param>
/// <param name="AgencyNameEn">The same in English.</param>
/// <param name="At">When it was accepted, digitised, issued or uploaded.</param>
public sealed record AttachmentSourceDto(
    PersonalDocumentOrigin Origin, string DocumentType, string? Number, string? DossierCode, string? AgencyName, string? AgencyNameEn, DateTimeOffset At);
