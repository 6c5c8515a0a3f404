using HanoiDvc.Application.Common.Files;
using HanoiDvc.Application.Common.Localization;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Commands.AttachFile;

/// <summary>
/// Attaches an uploaded file to a dossier (its applicant, or the desk for them, while it is a draft or waits for a
/// supplement). The kind is decided by the content (PDF, JPEG, PNG, DOCX), never by the name; the name is made safe.
/// </summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Content">The uploaded bytes, read once from where they are.</param>
/// <param name="ClientFileName">The name the client sent (any path is dropped).</param>
/// <param name="DocumentName">Which required document of the procedure the file is for, if any.</param>
[RequiresRole]
public sealed record AttachFile(Guid DossierId, Stream Content, string? ClientFileName, string? DocumentName) : IRequest<DossierAttachmentDto>;

/// <summary>
/// Buffers the upload in a temporary file while counting and hashing it (refusing it past the size limit), checks its
/// kind, lets the dossier accept it (state, actor, total), then writes the content to the store and only then commits
/// the row. The store is content-addressed, so a retry writes the same object; a refused upload writes nothing.
/// </summary>
internal sealed class AttachFileHandler(IAppDbContext db, ICurrentUser user, IFileStore files, TimeProvider clock, IOptions<UploadOptions> options)
    : IRequestHandler<AttachFile, DossierAttachmentDto>
{
    public async Task<DossierAttachmentDto> Handle(AttachFile request, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        await using var upload = await UploadBuffer.ReadAsync(request.Content, limits.MaxFileBytes, cancellationToken);
        var (sha256, length) = (upload.Sha256, upload.Length);
        var kind = FileInspection.Detect(upload.Content) ?? throw UploadBuffer.FileError(Localized.Text("Chỉ nhận tệp PDF, JPEG, PNG hoặc DOCX.", "Only PDF, JPEG, PNG or DOCX files are accepted."));

        var dossier = await db.Dossiers.Visible(user).Include(d => d.Attachments)
            .SingleOrDefaultAsync(d => d.Id == request.DossierId, cancellationToken)
            ?? throw DossierAccess.NotFound(request.DossierId);
        AttachmentDocumentNames.EnsureAsked(dossier, request.DocumentName);
        var attachment = dossier.AttachFile(
            DossierActors.From(user), clock.GetUtcNow(), FileInspection.SafeName(request.ClientFileName, kind), FileInspection.MediaType(kind),
            length, sha256, request.DocumentName, limits.MaxDossierBytes);

        upload.Content.Position = 0;
        var stored = await files.SaveAsync(upload.Content, cancellationToken);
        if (stored.Sha256 != sha256 || stored.Length != length)
        {
            throw new InvalidOperationException("The stored file differs from the upload.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return DossierAttachmentDto.Of(attachment);
    }
}
