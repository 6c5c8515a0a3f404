using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Dossiers;
using MediatR;

namespace HanoiDvc.Application.Dossiers.Commands.WithdrawDossier;

/// <summary>The applicant (or the desk on their behalf) withdraws the dossier; after reception a reason is required.</summary>
[RequiresRole]
public sealed record WithdrawDossier(Guid Id, string? Reason) : IDossierTransition;

internal sealed class WithdrawDossierHandler(DossierChange change) : IRequestHandler<WithdrawDossier, DossierDto>
{
    public Task<DossierDto> Handle(WithdrawDossier request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.Withdraw(c.Actor, c.Now, request.Reason), cancellationToken);
}
