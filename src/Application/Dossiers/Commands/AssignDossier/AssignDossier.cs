namespace HanoiDvc.Application.Dossiers.Commands.AssignDossier;

/// <summary>Hands the received dossier to a specialist of the agency holding it, with the step's deadline from the workflow.</summary>
[RequiresRole(Roles.Receptionist, Roles.Leader)]
public sealed record AssignDossier(Guid Id, Guid AssigneeId, string? Comment, CommentAudience? CommentAudience = null) : IDossierTransition;

internal sealed class AssignDossierHandler(DossierChange change, DossierParties parties) : IRequestHandler<AssignDossier, DossierDto>
{
    public Task<DossierDto> Handle(AssignDossier request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, async c =>
        {
            await parties.EnsureSpecialistAsync(request.AssigneeId, c.Dossier.CurrentAgencyId, nameof(request.AssigneeId), cancellationToken);
            c.Dossier.Assign(c.Actor, c.Now, c.Calendar, request.AssigneeId, request.Comment, request.CommentAudience);
        }, cancellationToken);
}
