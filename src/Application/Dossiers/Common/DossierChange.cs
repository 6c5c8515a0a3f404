using AutoMapper;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>What a transition gets: the dossier, who acts, when, and the working calendar.</summary>
internal sealed record DossierContext(Dossier Dossier, Actor Actor, DateTimeOffset Now, WorkingCalendar Calendar);

/// <summary>
/// The shape of every dossier command: load the dossier, let the aggregate decide, save (the xmin token turns a lost race
/// into a 409), return the new state. The dossier is loaded through <see cref="DossierAccess.Visible"/>; the aggregate checks
/// the state, the role and the agency.
/// </summary>
internal sealed class DossierChange(IAppDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars, IMapper mapper,
    DossierPreconditions preconditions, DossierAnswers answers)
{
    public async Task<DossierDto> ApplyAsync(Guid dossierId, Func<DossierContext, Task> change, CancellationToken cancellationToken)
    {
        // Only a dossier the caller may read can be changed: anyone else gets the 404 a read gives, not a refusal naming it.
        var dossier = await db.Dossiers.Visible(user).ForChangeAsync(dossierId, cancellationToken)
            ?? throw DossierAccess.NotFound(dossierId);
        await preconditions.EnsureAsync(db, dossierId, cancellationToken);
        var context = new DossierContext(dossier, DossierActors.From(user), clock.GetUtcNow(), await calendars.GetAsync(cancellationToken));
        await change(context);
        await db.SaveChangesAsync(cancellationToken);
        return await answers.CompleteAsync(dossier, mapper.Map<DossierDto>(dossier).For(user) with { ApologyDueBy = dossier.ApologyDueBy(context.Calendar) }, cancellationToken);
    }

    public Task<DossierDto> ApplyAsync(Guid dossierId, Action<DossierContext> change, CancellationToken cancellationToken) =>
        ApplyAsync(dossierId, context =>
        {
            change(context);
            return Task.CompletedTask;
        }, cancellationToken);
}
