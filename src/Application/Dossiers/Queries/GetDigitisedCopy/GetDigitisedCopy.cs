using HanoiDvc.Application.Dossiers.Queries.GetAttachment;

namespace HanoiDvc.Application.Dossiers.Queries.GetDigitisedCopy;

/// <summary>
/// The scan of a digitised copy, for the dossier's applicant or the officials of the agencies handling it — the readers of its
/// attachments (<see cref="DossierAccess.Visible"/>); 404 for anyone else.
/// </summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="CopyId">The digitised copy.</param>
[RequiresRole]
public sealed record GetDigitisedCopy(Guid DossierId, Guid CopyId) : IRequest<AttachmentDownload>;

internal sealed class GetDigitisedCopyHandler(IAppDbContext db, ICurrentUser user, IFileStore files) : IRequestHandler<GetDigitisedCopy, AttachmentDownload>
{
    public Task<AttachmentDownload> Handle(GetDigitisedCopy request, CancellationToken cancellationToken) =>
        DossierFileDownloads.OpenAsync(
            files,
            db.Dossiers.AsNoTracking().Visible(user).Where(d => d.Id == request.DossierId).SelectMany(d => d.DigitisedCopies)
                .Where(c => c.Id == request.CopyId).Select(c => new DossierFileReference(c.Sha256, c.MediaType, c.FileName)),
            "Digitised copy", request.CopyId, cancellationToken);
}
