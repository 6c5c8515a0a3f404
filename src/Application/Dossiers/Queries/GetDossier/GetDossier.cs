using AutoMapper;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Dossiers.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Dossiers.Queries.GetDossier;

/// <summary>A dossier with its full timeline, for its applicant or the officials of the agencies handling it (404 for anyone else).</summary>
[RequiresRole]
public sealed record GetDossier(Guid Id) : IRequest<DossierDto>;

internal sealed class GetDossierHandler(IAppDbContext db, ICurrentUser user, IMapper mapper, IWorkingCalendarProvider calendars) : IRequestHandler<GetDossier, DossierDto>
{
    public async Task<DossierDto> Handle(GetDossier request, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().WithParts().Visible(user)
            .SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw DossierAccess.NotFound(request.Id);
        return mapper.Map<DossierDto>(dossier) with { ApologyDueBy = dossier.ApologyDueBy(await calendars.GetAsync(cancellationToken)) };
    }
}
