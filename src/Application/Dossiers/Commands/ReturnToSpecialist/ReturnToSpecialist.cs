namespace HanoiDvc.Application.Dossiers.Commands.ReturnToSpecialist;

/// <summary>The leader sends the dossier back to the specialist with a comment.</summary>
[RequiresRole(Roles.Leader)]
public sealed record ReturnToSpecialist(Guid Id, string Comment, CommentAudience? CommentAudience = null) : IDossierTransition;

internal sealed class ReturnToSpecialistHandler(DossierChange change) : IRequestHandler<ReturnToSpecialist, DossierDto>
{
    public Task<DossierDto> Handle(ReturnToSpecialist request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.ReturnToSpecialist(c.Actor, c.Now, request.Comment, request.CommentAudience), cancellationToken);
}
