using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Dossiers;
using MediatR;

namespace HanoiDvc.Application.Dossiers.Commands.IssueApology;

/// <summary>A late dossier: an apology with a new appointment (form 04); it still counts as late.</summary>
[RequiresRole(Roles.Receptionist, Roles.Leader)]
public sealed record IssueApology(Guid Id, DateTimeOffset NewAppointmentAt, string Reason) : IDossierTransition;

internal sealed class IssueApologyHandler(DossierChange change) : IRequestHandler<IssueApology, DossierDto>
{
    public Task<DossierDto> Handle(IssueApology request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.IssueApology(c.Actor, c.Now, c.Calendar, request.NewAppointmentAt, request.Reason), cancellationToken);
}
