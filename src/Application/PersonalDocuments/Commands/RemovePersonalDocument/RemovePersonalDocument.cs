using HanoiDvc.Application.PersonalDocuments.Common;

namespace HanoiDvc.Application.PersonalDocuments.Commands.RemovePersonalDocument;

/// <summary>The owner removes a document from their store; the dossiers that referenced it keep their files and its origin.</summary>
/// <param name="Id">The personal document.</param>
[RequiresRole(Roles.Citizen, Roles.Organisation)]
public sealed record RemovePersonalDocument(Guid Id) : IRequest<Unit>;

internal sealed class RemovePersonalDocumentHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RemovePersonalDocument, Unit>
{
    public async Task<Unit> Handle(RemovePersonalDocument request, CancellationToken cancellationToken)
    {
        var document = await db.PersonalDocuments.OwnedBy(user).SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("PersonalDocument", request.Id);
        document.Remove(user.UserId!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
