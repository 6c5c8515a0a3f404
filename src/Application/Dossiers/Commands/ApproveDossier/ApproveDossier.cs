namespace HanoiDvc.Application.Dossiers.Commands.ApproveDossier;

/// <summary>The leader approves: the result is final and the outcome (early, on time, late) is fixed.</summary>
[RequiresRole(Roles.Leader)]
public sealed record ApproveDossier(Guid Id, string? Comment, CommentAudience? CommentAudience = null) : IDossierTransition;

internal sealed class ApproveDossierHandler(DossierChange change) : IRequestHandler<ApproveDossier, DossierDto>
{
    public Task<DossierDto> Handle(ApproveDossier request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.Approve(c.Actor, c.Now, c.Calendar, request.Comment, request.CommentAudience), cancellationToken);
}
