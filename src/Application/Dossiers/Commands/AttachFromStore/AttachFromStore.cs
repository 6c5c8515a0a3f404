using FluentValidation.Results;
using HanoiDvc.Application.Common.Files;
using HanoiDvc.Application.Common.Localization;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Commands.AttachFromStore;

/// <summary>
/// The applicant attaches a document of their own store to their dossier by reference, without uploading it again: the
/// attachment points at the personal document and shares its stored content. Only the owner, on their own dossier, while it
/// is a draft or waits for a supplement; a document of someone else's store is not found, whatever its hash.
/// </summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="PersonalDocumentId">The document of the caller's store.</param>
/// <param name="DocumentName">Which required document of the procedure it is given for, if any.</param>
[RequiresRole(Roles.Citizen, Roles.Organisation)]
public sealed record AttachFromStore(Guid DossierId, Guid PersonalDocumentId, string? DocumentName) : IRequest<DossierAttachmentDto>;

internal sealed class AttachFromStoreValidator : AbstractValidator<AttachFromStore>
{
    public AttachFromStoreValidator()
    {
        RuleFor(x => x.PersonalDocumentId).NotEmpty();
        RuleFor(x => x.DocumentName).MaximumLength(DossierAttachment.DocumentNameMaxLength);
    }
}

internal sealed class AttachFromStoreHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, IOptions<UploadOptions> options)
    : IRequestHandler<AttachFromStore, DossierAttachmentDto>
{
    public async Task<DossierAttachmentDto> Handle(AttachFromStore request, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        var dossier = await db.Dossiers.Visible(user).Include(d => d.Attachments)
            .SingleOrDefaultAsync(d => d.Id == request.DossierId, cancellationToken)
            ?? throw DossierAccess.NotFound(request.DossierId);
        // Ownership of the personal document, never possession of a hash: someone else's document is not found.
        var document = await db.PersonalDocuments.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == request.PersonalDocumentId && d.OwnerId == userId && d.RemovedAt == null, cancellationToken)
            ?? throw new RequestValidationException([new ValidationFailure("personalDocumentId", Localized.Text(
                "Không tìm thấy giấy tờ này trong kho dữ liệu của bạn.", "This document is not in your store."))]);
        var documentName = AttachmentDocumentNames.EnsureAsked(dossier, request.DocumentName);

        var attachment = dossier.AttachFromStore(DossierActors.From(user), clock.GetUtcNow(), document, documentName, options.Value.MaxDossierBytes);
        await db.SaveChangesAsync(cancellationToken);
        return DossierAttachmentDto.Of(attachment);
    }
}
