using Hangfire;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Application.Notifications.Events;
using HanoiDvc.Infrastructure.Observability;

namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>
/// A scheduled reminder of one step. It carries the dossier and the step (each hand-over is a new step, so the step id
/// is also its version) and checks, when it fires, that the step is still open; then it records the reminder under its
/// key (step, point) and writes the notice to the outbox in one transaction. A second run (a retry, a duplicate job,
/// another process) finds the key taken and sends nothing. A reminder sent records its lag behind the planned instant.
/// </summary>
public sealed class StepReminderJob(
    AppDbContext db, IRecipientDirectory directory, TimeProvider clock, IWorkingCalendarProvider calendars, IOptions<ReminderOptions> options,
    HanoiDvcMetrics metrics)
{
    /// <summary>Sends the reminder <paramref name="point"/> of step <paramref name="stepId"/> if still due; true when it was sent by this run.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task<bool> RunAsync(Guid dossierId, Guid stepId, string point, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Steps).SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        var step = dossier?.Steps.SingleOrDefault(s => s.Id == stepId);
        if (dossier is null || !ReminderPlan.IsOpen(dossier, step))
        {
            return false;
        }

        IReadOnlyList<Guid> owners = step!.AssigneeId is { } assignee ? [assignee] : await directory.InRoleAsync(step.ToAgencyId, Roles.Leader, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        var sentAt = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var recorded = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO step_reminders (step_id, point, dossier_id, sent_at) VALUES ({stepId}, {point}, {dossierId}, {now}) ON CONFLICT DO NOTHING",
                cancellationToken);
            if (recorded == 0)
            {
                return (DateTimeOffset?)null;
            }

            db.OutboxMessages.Add(OutboxMessage.For(new StepReminderDue(dossierId, dossier.Reference, stepId, owners, step.Deadline!.Value, now), now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return now;
        });
        if (sentAt is not { } sent)
        {
            return false;
        }

        await RecordLagAsync(step, point, sent, cancellationToken);
        return true;
    }

    /// <summary>The lag behind the instant the plan gives this point today (the plan the reminder was scheduled from).</summary>
    private async Task RecordLagAsync(Domain.Dossiers.ProcessingStep step, string point, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        if (ReminderPlan.For(step.At, step.Deadline!.Value, calendar, options.Value).FirstOrDefault(r => r.Point == point) is { } planned)
        {
            metrics.ReminderSent(planned.At, sentAt);
        }
    }
}
