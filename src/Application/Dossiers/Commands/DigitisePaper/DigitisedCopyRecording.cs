using HanoiDvc.Application.Common.Files;
using HanoiDvc.Application.Common.Localization;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Commands.DigitisePaper;

/// <summary>
/// How a scan becomes a digitised copy: buffer and hash the upload (refused past the size limit), accept only a PDF, JPEG or
/// PNG by its content, let the dossier record the copy (the caller's delegate: the aggregate's guard and rules), store the
/// content, then commit. The store is content-addressed, so a retry writes the same object; a refused upload writes nothing.
/// </summary>
internal sealed class DigitisedCopyRecording(DossierChange change, IFileStore files, IOptions<UploadOptions> options)
{
    public async Task<DossierDto> RecordAsync(IDigitisedCopyRequest request, Action<DossierContext, DigitisedPaper, ScannedFile> record, CancellationToken cancellationToken)
    {
        await using var upload = await UploadBuffer.ReadAsync(request.Content, options.Value.MaxFileBytes, cancellationToken);
        var kind = FileInspection.Detect(upload.Content);
        if (kind is not (FileKind.Pdf or FileKind.Jpeg or FileKind.Png))
        {
            throw UploadBuffer.FileError(Localized.Text("Bản số hóa là tệp PDF, JPEG hoặc PNG.", "A scan is a PDF, JPEG or PNG file."));
        }

        var paper = new DigitisedPaper(
            request.DocumentName!, request.IssuingBody!, request.Number,
            DigitisePaperValidator.DateOf(request.IssuedOn)!.Value, DigitisePaperValidator.DateOf(request.ValidUntil));
        var scan = new ScannedFile(FileInspection.SafeName(request.ClientFileName, kind.Value), FileInspection.MediaType(kind.Value), upload.Length, upload.Sha256);
        return await change.ApplyAsync(request.Id, async c =>
        {
            record(c, paper, scan);
            upload.Content.Position = 0;
            var stored = await files.SaveAsync(upload.Content, cancellationToken);
            if (stored.Sha256 != scan.Sha256 || stored.Length != scan.Size)
            {
                throw new InvalidOperationException("The stored file differs from the upload.");
            }
        }, cancellationToken);
    }
}
