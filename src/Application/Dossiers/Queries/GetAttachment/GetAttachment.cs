namespace HanoiDvc.Application.Dossiers.Queries.GetAttachment;

/// <summary>A dossier's attached file, for its applicant or the officials of the agencies handling it (404 for anyone else).</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="AttachmentId">The attachment.</param>
[RequiresRole]
public sealed record GetAttachment(Guid DossierId, Guid AttachmentId) : IRequest<AttachmentDownload>;

internal sealed class GetAttachmentHandler(IAppDbContext db, ICurrentUser user, IFileStore files) : IRequestHandler<GetAttachment, AttachmentDownload>
{
    public Task<AttachmentDownload> Handle(GetAttachment request, CancellationToken cancellationToken) =>
        DossierFileDownloads.OpenAsync(
            files,
            db.Dossiers.AsNoTracking().Visible(user).Where(d => d.Id == request.DossierId).SelectMany(d => d.Attachments)
                .Where(a => a.Id == request.AttachmentId).Select(a => new DossierFileReference(a.Sha256, a.MediaType, a.FileName)),
            "Attachment", request.AttachmentId, cancellationToken);
}
