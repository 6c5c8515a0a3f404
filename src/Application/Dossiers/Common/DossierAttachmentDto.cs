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
public sealed record DossierAttachmentDto(Guid Id, string FileName, string MediaType, long Size, string Sha256, string? DocumentName, DateTimeOffset UploadedAt, Guid UploadedBy);
