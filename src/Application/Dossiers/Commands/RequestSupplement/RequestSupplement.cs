using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Dossiers;
using MediatR;

namespace HanoiDvc.Application.Dossiers.Commands.RequestSupplement;

/// <summary>Asks, once, for everything missing (form 02); the legal clock pauses.</summary>
[RequiresRole(Roles.Receptionist, Roles.Specialist)]
public sealed record RequestSupplement(Guid Id, IReadOnlyList<string> Missing) : IDossierTransition;

internal sealed class RequestSupplementHandler(DossierChange change) : IRequestHandler<RequestSupplement, DossierDto>
{
    public Task<DossierDto> Handle(RequestSupplement request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.RequestSupplement(c.Actor, c.Now, request.Missing), cancellationToken);
}
