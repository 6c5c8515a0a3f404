namespace HanoiDvc.Application.Dossiers.Commands.RefuseDossier;

/// <summary>The leader refuses the request, with reasons; it counts as resolved.</summary>
[RequiresRole(Roles.Leader)]
public sealed record RefuseDossier(Guid Id, string Reasons) : IDossierTransition;

internal sealed class RefuseDossierHandler(DossierChange change) : IRequestHandler<RefuseDossier, DossierDto>
{
    public Task<DossierDto> Handle(RefuseDossier request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.Refuse(c.Actor, c.Now, c.Calendar, request.Reasons), cancellationToken);
}
