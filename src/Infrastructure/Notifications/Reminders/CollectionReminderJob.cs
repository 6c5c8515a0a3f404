using Hangfire;
using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Application.Notifications.Events;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>
/// The daily reminder of results waiting at the desk (recurring job, <c>UncollectedResults:ReminderCron</c>): every
/// resolved or refused dossier whose result is collected at the desk and whose appointment has passed gets one reminder
/// per <c>UncollectedResults:ReminderInterval</c> (period 1 from the appointment, 2 after one interval…). The key
/// (dossier, period) is inserted with <c>ON CONFLICT DO NOTHING</c> in the same transaction as the outbox message, so a
/// second run in the same period, a retry or another process sends nothing. The intervals are settings: the law read
/// (Nghị định 61/2018/NĐ-CP, Điều 19) gives no period for results not collected.
/// </summary>
public sealed class CollectionReminderJob(AppDbContext db, TimeProvider clock, IOptions<UncollectedResultOptions> options)
{
    /// <summary>Recurring job id.</summary>
    public const string JobId = "collection-reminders";

    /// <summary>Sends the reminders due now; returns how many this run sent.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.ReminderInterval;
        if (interval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{UncollectedResultOptions.Section}:{nameof(UncollectedResultOptions.ReminderInterval)} must be positive.");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var waiting = await db.Dossiers.AsNoTracking().InSet(DossierStatusSets.Decided)
                .Where(d => d.ResolvedAt < now
                    && (d.AppointmentAt == null || d.AppointmentAt < now))
                .Where(d => d.SubmissionChannel != Channel.Online
                    || db.ProcedureVersions.Any(v => v.Id == d.ProcedureVersionId && v.ServiceLevel != ServiceLevel.Full))
                .Select(d => new { d.Id, d.Code, d.ApplicantId, d.AppointmentAt, d.ResolvedAt })
                .ToListAsync(cancellationToken);
            var sent = 0;
            foreach (var dossier in waiting)
            {
                var from = dossier.AppointmentAt is { } appointment && appointment > dossier.ResolvedAt!.Value ? appointment : dossier.ResolvedAt!.Value;
                var period = 1 + (int)((now - from).Ticks / interval.Ticks);
                var recorded = await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO collection_reminders (dossier_id, period, sent_at) VALUES ({dossier.Id}, {period}, {now}) ON CONFLICT DO NOTHING",
                    cancellationToken);
                if (recorded == 0)
                {
                    continue;
                }

                db.OutboxMessages.Add(OutboxMessage.For(new ResultCollectionReminderDue(dossier.Id, dossier.Code!.Value, dossier.ApplicantId, from, period, now), now));
                sent++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return sent;
        });
    }
}
