namespace HanoiDvc.Application.Dossiers.Commands.RemoveFile;

/// <summary>
/// Removes a file from a dossier (its applicant, or the desk for them, while it is a draft or waits for a supplement).
/// The stored content stays until the collector finds no row pointing to it.
/// </summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="AttachmentId">The attachment to remove.</param>
[RequiresRole]
public sealed record RemoveFile(Guid DossierId, Guid AttachmentId) : IRequest<DossierDto>;

internal sealed class RemoveFileHandler(DossierChange change) : IRequestHandler<RemoveFile, DossierDto>
{
    public Task<DossierDto> Handle(RemoveFile request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.DossierId, c =>
        {
            if (c.Dossier.Attachments.All(a => a.Id != request.AttachmentId))
            {
                throw new NotFoundException("Attachment", request.AttachmentId);
            }

            c.Dossier.RemoveFile(c.Actor, c.Now, request.AttachmentId);
        }, cancellationToken);
}
