namespace HanoiDvc.Application.Dossiers.Commands.RejectAtReception;

/// <summary>The desk refuses to receive the dossier (form 03), with reasons.</summary>
[RequiresRole(Roles.Receptionist)]
public sealed record RejectAtReception(Guid Id, string Reasons) : IDossierTransition;

internal sealed class RejectAtReceptionHandler(DossierChange change) : IRequestHandler<RejectAtReception, DossierDto>
{
    public Task<DossierDto> Handle(RejectAtReception request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.RejectAtReception(c.Actor, c.Now, request.Reasons), cancellationToken);
}
