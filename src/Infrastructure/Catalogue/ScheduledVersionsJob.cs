using Hangfire;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Infrastructure.Catalogue;

/// <summary>
/// Puts catalogue versions published ahead of their effective date in force when the date comes (just after midnight,
/// Hanoi time, and at every start of a process with a Hangfire server). Each procedure changes through its own aggregate
/// (<see cref="Procedure.ActivateScheduled"/>), so a second run finds nothing to do.
/// </summary>
public sealed class ScheduledVersionsJob(AppDbContext db, TimeProvider clock)
{
    /// <summary>Recurring job id.</summary>
    public const string JobId = "catalogue-scheduled-versions";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = Domain.Calendar.VietnamTimeZone.Today(now);
        var due = await db.Procedures.Include(p => p.Versions)
            .Where(p => p.Versions.Any(v => v.Status == ProcedureVersionStatus.Scheduled && v.EffectiveFrom <= today))
            .ToListAsync(cancellationToken);
        var activated = due.Count(p => p.ActivateScheduled(now));
        await db.SaveChangesAsync(cancellationToken);
        return activated;
    }
}
