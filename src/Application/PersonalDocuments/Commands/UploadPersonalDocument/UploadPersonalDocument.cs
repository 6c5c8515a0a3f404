using HanoiDvc.Application.Common.Files;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.PersonalDocuments.Common;
using HanoiDvc.Domain.PersonalDocuments;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.PersonalDocuments.Commands.UploadPersonalDocument;

/// <summary>The applicant adds a document of their own to their store (PDF, JPEG, PNG or DOCX, recognised by its content).</summary>
/// <param name="Content">The uploaded bytes.</param>
/// <param name="ClientFileName">The name the client sent (any path is dropped).</param>
/// <param name="Details">What the document is.</param>
[RequiresRole(Roles.Citizen, Roles.Organisation)]
public sealed record UploadPersonalDocument(Stream Content, string? ClientFileName, PersonalDocumentDetails Details) : IRequest<PersonalDocumentDto>;

internal sealed class UploadPersonalDocumentValidator : AbstractValidator<UploadPersonalDocument>
{
    public UploadPersonalDocumentValidator()
    {
        RuleFor(x => x.Content).NotNull().OverridePropertyName("file");
        RuleFor(x => x.ClientFileName).MaximumLength(1000).OverridePropertyName("file");
        RuleFor(x => x.Details).NotNull().SetValidator(new PersonalDocumentDetailsValidator()).OverridePropertyName(string.Empty);
    }
}

/// <summary>Buffers and checks the upload as a dossier's attachment is checked, writes it to the file store, then the row.</summary>
internal sealed class UploadPersonalDocumentHandler(IAppDbContext db, ICurrentUser user, IFileStore files, TimeProvider clock, IOptions<UploadOptions> options)
    : IRequestHandler<UploadPersonalDocument, PersonalDocumentDto>
{
    public async Task<PersonalDocumentDto> Handle(UploadPersonalDocument request, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        await using var upload = await UploadBuffer.ReadAsync(request.Content, options.Value.MaxFileBytes, cancellationToken);
        var kind = FileInspection.Detect(upload.Content) ?? throw UploadBuffer.FileError(Localized.Text("Chỉ nhận tệp PDF, JPEG, PNG hoặc DOCX.", "Only PDF, JPEG, PNG or DOCX files are accepted."));
        var now = clock.GetUtcNow();
        var document = PersonalDocument.Upload(
            userId, request.Details, new PersonalDocumentFile(FileInspection.SafeName(request.ClientFileName, kind), FileInspection.MediaType(kind), upload.Length, upload.Sha256), now);

        upload.Content.Position = 0;
        var stored = await files.SaveAsync(upload.Content, cancellationToken);
        if (stored.Sha256 != upload.Sha256 || stored.Length != upload.Length)
        {
            throw new InvalidOperationException("The stored file differs from the upload.");
        }

        db.PersonalDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return await PersonalDocumentAnswers.AnswerAsync(db, document, now, cancellationToken);
    }
}
