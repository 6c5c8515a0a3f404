namespace HanoiDvc.Application.Dossiers.Commands.ForwardDossier;

/// <summary>Sends the dossier to another (existing) agency for an inter-agency step with its own deadline, optionally to one of its specialists.</summary>
[RequiresRole(Roles.Specialist)]
public sealed record ForwardDossier(Guid Id, Guid ToAgencyId, DateTimeOffset StepDeadline, Guid? AssigneeId, string? Comment, CommentAudience? CommentAudience = null) : IDossierTransition;

internal sealed class ForwardDossierHandler(DossierChange change, DossierParties parties) : IRequestHandler<ForwardDossier, DossierDto>
{
    public Task<DossierDto> Handle(ForwardDossier request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, async c =>
        {
            await parties.EnsureAgencyAsync(request.ToAgencyId, nameof(request.ToAgencyId), cancellationToken);
            if (request.AssigneeId is { } assignee)
            {
                await parties.EnsureSpecialistAsync(assignee, request.ToAgencyId, nameof(request.AssigneeId), cancellationToken);
            }

            c.Dossier.Forward(c.Actor, c.Now, request.ToAgencyId, request.StepDeadline, request.AssigneeId, request.Comment, request.CommentAudience);
        }, cancellationToken);
}
