using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Dossiers;
using MediatR;

namespace HanoiDvc.Application.Dossiers.Commands.ReturnResult;

/// <summary>The desk returns the result to the applicant (in person, online or by post).</summary>
[RequiresRole(Roles.Receptionist)]
public sealed record ReturnResult(Guid Id, Channel Channel, string? Comment) : IRequest<DossierDto>;

internal sealed class ReturnResultHandler(DossierChange change) : IRequestHandler<ReturnResult, DossierDto>
{
    public Task<DossierDto> Handle(ReturnResult request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.ReturnResult(c.Actor, c.Now, request.Channel, request.Comment), cancellationToken);
}
