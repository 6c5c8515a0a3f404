using HanoiDvc.Application.PersonalDocuments.Common;
using HanoiDvc.Domain.PersonalDocuments;

namespace HanoiDvc.Application.PersonalDocuments.Commands.EditPersonalDocument;

/// <summary>The owner corrects the details of a document they uploaded (what an agency accepted or issued stays as it was).</summary>
/// <param name="Id">The personal document.</param>
/// <param name="Details">Its new details.</param>
[RequiresRole(Roles.Citizen, Roles.Organisation)]
public sealed record EditPersonalDocument(Guid Id, PersonalDocumentDetails Details) : IRequest<PersonalDocumentDto>;

internal sealed class EditPersonalDocumentValidator : AbstractValidator<EditPersonalDocument>
{
    public EditPersonalDocumentValidator() =>
        RuleFor(x => x.Details).NotNull().SetValidator(new PersonalDocumentDetailsValidator()).OverridePropertyName(string.Empty);
}

internal sealed class EditPersonalDocumentHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EditPersonalDocument, PersonalDocumentDto>
{
    public async Task<PersonalDocumentDto> Handle(EditPersonalDocument request, CancellationToken cancellationToken)
    {
        var document = await db.PersonalDocuments.OwnedBy(user).SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("PersonalDocument", request.Id);
        var now = clock.GetUtcNow();
        document.Edit(user.UserId!.Value, request.Details, now);
        await db.SaveChangesAsync(cancellationToken);
        return await PersonalDocumentAnswers.AnswerAsync(db, document, now, cancellationToken);
    }
}
