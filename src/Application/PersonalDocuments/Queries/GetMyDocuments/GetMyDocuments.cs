using HanoiDvc.Application.PersonalDocuments.Common;

namespace HanoiDvc.Application.PersonalDocuments.Queries.GetMyDocuments;

/// <summary>
/// The signed-in applicant's store, newest first. With <paramref name="DossierId"/> (one of their own dossiers), each
/// document also names the required documents of that dossier it matches, which is how the apply page offers it.
/// </summary>
/// <param name="DossierId">Optionally, one of the caller's dossiers to match against.</param>
[RequiresRole(Roles.Citizen, Roles.Organisation)]
public sealed record GetMyDocuments(Guid? DossierId = null) : IRequest<IReadOnlyList<PersonalDocumentDto>>;

internal sealed class GetMyDocumentsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetMyDocuments, IReadOnlyList<PersonalDocumentDto>>
{
    public async Task<IReadOnlyList<PersonalDocumentDto>> Handle(GetMyDocuments request, CancellationToken cancellationToken)
    {
        var documents = await db.PersonalDocuments.AsNoTracking().OwnedBy(user)
            .OrderByDescending(d => d.OriginAt).ThenByDescending(d => d.Id).ToListAsync(cancellationToken);
        IReadOnlyList<string> required = [];
        if (request.DossierId is { } dossierId)
        {
            var userId = user.UserId!.Value;
            var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId && d.ApplicantId == userId)
                .SingleOrDefaultAsync(cancellationToken) ?? throw DossierAccess.NotFound(dossierId);
            required = [.. dossier.RequiredDocuments.Select(d => d.Name)];
        }

        return await PersonalDocumentAnswers.AnswerAsync(db, documents, clock.GetUtcNow(), required, cancellationToken);
    }
}
