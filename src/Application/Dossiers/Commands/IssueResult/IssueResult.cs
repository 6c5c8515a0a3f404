using HanoiDvc.Application.Common.Files;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Results;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Commands.IssueResult;

/// <summary>
/// The approving leader attaches the signed result document (a PDF, recognised by its content) to a level-4 dossier,
/// before or after approving it. The file is kept byte for byte; its code and QR code are on the verification sheet.
/// </summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Content">The uploaded bytes.</param>
/// <param name="ClientFileName">The name the client sent (made safe).</param>
/// <param name="DocumentType">What the document is (e.g. "Quyết định công nhận văn bằng"); the procedure's name when omitted.</param>
[RequiresRole(Roles.Leader)]
public sealed record IssueResult(Guid DossierId, Stream Content, string? ClientFileName, string? DocumentType) : IRequest<ResultDocumentDto>;

/// <summary>
/// Buffers and hashes the upload (size limit of attachments), refuses anything but a PDF, lets the dossier accept it
/// (state, leader, level 4), writes the content to the store and then commits the row, as attachments do.
/// </summary>
internal sealed class IssueResultHandler(
    IAppDbContext db, ICurrentUser user, IFileStore files, TimeProvider clock, IOptions<UploadOptions> uploads, IOptions<PublicSiteOptions> site)
    : IRequestHandler<IssueResult, ResultDocumentDto>
{
    public async Task<ResultDocumentDto> Handle(IssueResult request, CancellationToken cancellationToken)
    {
        await using var upload = await UploadBuffer.ReadAsync(request.Content, uploads.Value.MaxFileBytes, cancellationToken);
        if (FileInspection.Detect(upload.Content) != FileKind.Pdf)
        {
            throw UploadBuffer.FileError(Localized.Text("Kết quả điện tử phải là tệp PDF.", "An electronic result must be a PDF file."));
        }

        var context = await ResultIssuing.LoadAsync(db, user, request.DossierId, cancellationToken);
        var documentType = string.IsNullOrWhiteSpace(request.DocumentType) ? context.ProcedureName : request.DocumentType.Trim();
        var file = new ResultFile(
            ResultOrigin.Uploaded, documentType, FileInspection.SafeName(request.ClientFileName, FileKind.Pdf), FileInspection.MediaType(FileKind.Pdf),
            upload.Length, upload.Sha256, ResultVerificationCode.New());
        var result = context.Dossier.IssueResult(DossierActors.From(user), clock.GetUtcNow(), context.ServiceLevel, file, context.IssuerName, context.OnlineResult);

        upload.Content.Position = 0;
        var stored = await files.SaveAsync(upload.Content, cancellationToken);
        if (stored.Sha256 != upload.Sha256 || stored.Length != upload.Length)
        {
            throw new InvalidOperationException("The stored file differs from the upload.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return ResultDocumentDto.From(result, ResultUrls.VerificationPage(site.Value, result.VerificationCode));
    }
}
