using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Dossiers;
using MediatR;

namespace HanoiDvc.Application.Dossiers.Commands.ForwardDossier;

/// <summary>Sends the dossier to another agency for an inter-agency step with its own deadline.</summary>
[RequiresRole(Roles.Specialist)]
public sealed record ForwardDossier(Guid Id, Guid ToAgencyId, DateTimeOffset StepDeadline, Guid? AssigneeId, string? Comment) : IRequest<DossierDto>;

internal sealed class ForwardDossierHandler(DossierChange change) : IRequestHandler<ForwardDossier, DossierDto>
{
    public Task<DossierDto> Handle(ForwardDossier request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.Forward(c.Actor, c.Now, request.ToAgencyId, request.StepDeadline, request.AssigneeId, request.Comment), cancellationToken);
}
