using HanoiDvc.Application.Dossiers.Queries.GetAttachment;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>A stored file a dossier references: its key in the store, media type and safe name.</summary>
internal sealed record DossierFileReference(string Sha256, string MediaType, string FileName);

/// <summary>
/// Opens a file a dossier references, found through a query that starts from
/// <see cref="DossierAccess.Visible"/> (so only the applicant and the handling agencies find it); 404 otherwise, or when the
/// store no longer has the content.
/// </summary>
internal static class DossierFileDownloads
{
    public static async Task<AttachmentDownload> OpenAsync(IFileStore files, IQueryable<DossierFileReference> query, string what, Guid id, CancellationToken cancellationToken)
    {
        var file = await query.SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(what, id);
        var content = await files.OpenAsync(file.Sha256, cancellationToken) ?? throw new NotFoundException(what, id);
        return new AttachmentDownload(content, file.MediaType, file.FileName);
    }
}
