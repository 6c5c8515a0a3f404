using Hangfire;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>
/// On reception and at each hand-over (assignment, forwarding), schedules the reminders of the new step as Hangfire jobs.
/// It runs from the outbox, after the change committed (Hangfire's storage is not in the command's transaction); if it
/// runs twice for one message, the jobs are scheduled twice but send once (see <see cref="StepReminderJob"/>).
/// </summary>
internal sealed class StepReminderScheduling(
    AppDbContext db, IBackgroundJobClient jobs, IWorkingCalendarProvider calendars, TimeProvider clock, IOptions<ReminderOptions> options)
    : IOutboxHandler<DossierReceived>, IOutboxHandler<DossierAssigned>, IOutboxHandler<DossierForwarded>
{
    public Task HandleAsync(DossierReceived domainEvent, Guid outboxMessageId, CancellationToken cancellationToken) =>
        ScheduleAsync(domainEvent.DossierId, DossierAction.Receive, cancellationToken);

    public Task HandleAsync(DossierAssigned domainEvent, Guid outboxMessageId, CancellationToken cancellationToken) =>
        ScheduleAsync(domainEvent.DossierId, DossierAction.Assign, cancellationToken);

    public Task HandleAsync(DossierForwarded domainEvent, Guid outboxMessageId, CancellationToken cancellationToken) =>
        ScheduleAsync(domainEvent.DossierId, DossierAction.Forward, cancellationToken);

    /// <summary>The latest step of <paramref name="action"/> (a later one of the same kind supersedes it, and is keyed apart).</summary>
    private async Task ScheduleAsync(Guid dossierId, DossierAction action, CancellationToken cancellationToken)
    {
        var step = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .SelectMany(d => d.Steps)
            .Where(s => s.Action == action && s.Deadline != null)
            .OrderByDescending(s => s.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        if (step is null)
        {
            return;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var reminder in ReminderPlan.For(step.At, step.Deadline!.Value, calendar, options.Value).Where(r => r.At > now))
        {
            var point = reminder.Point;
            var stepId = step.Id;
            jobs.Schedule<StepReminderJob>(job => job.RunAsync(dossierId, stepId, point, CancellationToken.None), reminder.At);
        }
    }
}
