using AutoMapper;
using HanoiDvc.Application.Calendar;

namespace HanoiDvc.Application.Dossiers.Queries.GetDossier;

/// <summary>A dossier with its full timeline, for its applicant or the officials of the agencies handling it (404 for anyone else).</summary>
[RequiresRole]
public sealed record GetDossier(Guid Id) : IRequest<DossierDto>;

internal sealed class GetDossierHandler(IAppDbContext db, ICurrentUser user, IMapper mapper, Microsoft.Extensions.Options.IOptions<UncollectedResultOptions> uncollected, IWorkingCalendarProvider calendars, DossierAnswers answers)
    : IRequestHandler<GetDossier, DossierDto>
{
    public async Task<DossierDto> Handle(GetDossier request, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().WithParts().Visible(user)
            .SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw DossierAccess.NotFound(request.Id);
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => a.Id == dossier.ReceivingAgencyId || a.Id == dossier.DecidingAgencyId)
            .Select(a => new { a.Id, a.Name, a.NameEn })
            .ToListAsync(cancellationToken);
        var receiving = agencies.Find(a => a.Id == dossier.ReceivingAgencyId);
        var deciding = agencies.Find(a => a.Id == dossier.DecidingAgencyId);
        var dto = await answers.CompleteAsync(dossier, mapper.Map<DossierDto>(dossier).For(user) with
        {
            ApologyDueBy = dossier.ApologyDueBy(await calendars.GetAsync(cancellationToken)),
            ReceivingAgencyName = receiving?.Name,
            ReceivingAgencyNameEn = receiving?.NameEn,
            DecidingAgencyName = deciding?.Name,
            DecidingAgencyNameEn = deciding?.NameEn,
        }, cancellationToken);
        if (dossier.CollectableFrom is not { } from)
        {
            return dto;
        }

        var level = await db.ProcedureVersions.AsNoTracking().Where(v => v.Id == dossier.ProcedureVersionId).Select(v => v.ServiceLevel).SingleAsync(cancellationToken);
        var atDesk = dossier.ResultCollectedAtDesk(level);
        return dto with
        {
            CollectedAtDesk = atDesk,
            UncollectedRecordableFrom = atDesk && dossier.UncollectedRecordedAt is null ? from + uncollected.Value.WaitingPeriod : null,
        };
    }
}
