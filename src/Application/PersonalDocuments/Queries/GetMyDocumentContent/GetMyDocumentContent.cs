using HanoiDvc.Application.Dossiers.Queries.GetAttachment;
using HanoiDvc.Application.PersonalDocuments.Common;

namespace HanoiDvc.Application.PersonalDocuments.Queries.GetMyDocumentContent;

/// <summary>
/// A document's content from the store, for its owner only (404 for anyone else). Officials read a store document only as
/// the attachment of a dossier they handle that references it (<see cref="GetAttachment"/>).
/// </summary>
/// <param name="Id">The personal document.</param>
[RequiresRole(Roles.Citizen, Roles.Organisation)]
public sealed record GetMyDocumentContent(Guid Id) : IRequest<AttachmentDownload>;

internal sealed class GetMyDocumentContentHandler(IAppDbContext db, ICurrentUser user, IFileStore files) : IRequestHandler<GetMyDocumentContent, AttachmentDownload>
{
    public async Task<AttachmentDownload> Handle(GetMyDocumentContent request, CancellationToken cancellationToken)
    {
        var document = await db.PersonalDocuments.AsNoTracking().OwnedBy(user).Where(d => d.Id == request.Id)
            .Select(d => new { d.Sha256, d.MediaType, d.FileName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("PersonalDocument", request.Id);
        var content = await files.OpenAsync(document.Sha256, cancellationToken) ?? throw new NotFoundException("PersonalDocument", request.Id);
        return new AttachmentDownload(content, document.MediaType, document.FileName);
    }
}
