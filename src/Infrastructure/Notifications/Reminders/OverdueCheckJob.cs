using Hangfire;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Application.Notifications.Events;
using HanoiDvc.Infrastructure.Observability;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>What one run of the overdue check did.</summary>
/// <param name="WorkingDay">False when the day is not a working day (nothing was done).</param>
/// <param name="DossiersMarked">Open dossiers found past their due instant and marked.</param>
/// <param name="StepsMarked">Current steps found past their deadline and marked.</param>
/// <param name="NeedApology">Late open dossiers without an apology letter.</param>
/// <param name="Summaries">Agency summaries written (one per agency and day).</param>
public sealed record OverdueCheckResult(bool WorkingDay, int DossiersMarked, int StepsMarked, int NeedApology, int Summaries);

/// <summary>
/// The morning overdue check (07:30 Hanoi time on working days): marks open dossiers past their due instant
/// (<c>dossiers.overdue_at</c>) and current steps past their deadline (<c>dossier_steps.overdue_at</c>), tells the
/// specialist holding each (or the leaders when nobody does), and sends each agency's leaders one summary with the
/// late dossiers that need an apology letter. Set-based SQL in one transaction; marking only unmarked rows makes a
/// second run (or a second process) find nothing new, and the summary is keyed by (agency, date). It also counts the open
/// overdue dossiers for the <c>hanoidvc.dossiers.overdue</c> gauge, which reads that count rather than the database.
/// </summary>
public sealed partial class OverdueCheckJob(
    AppDbContext db, IWorkingCalendarProvider calendars, TimeProvider clock, HanoiDvcMetrics metrics, ILogger<OverdueCheckJob> logger)
{
    /// <summary>Recurring job id.</summary>
    public const string JobId = "overdue-check";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<OverdueCheckResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        if (!calendar.IsWorkingDay(today))
        {
            LogSkipped(logger, today);
            return new OverdueCheckResult(false, 0, 0, 0, 0);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        var (result, openOverdue) = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await CheckAsync(now, today, cancellationToken);
            var openOverdue = await db.Database
                .SqlQueryRaw<long>(OverdueCheckSql.CountMarked)
                .SingleAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (result, openOverdue);
        });
        metrics.OverdueCounted(openOverdue);
        LogDone(logger, today, result.DossiersMarked, result.StepsMarked, result.NeedApology, result.Summaries);
        return result;
    }

    private async Task<OverdueCheckResult> CheckAsync(DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(OverdueCheckSql.ClearMoved, [new Npgsql.NpgsqlParameter("now", now)], cancellationToken);

        var dossiers = await db.Database.SqlQueryRaw<OverdueRow>(OverdueCheckSql.MarkDossiers, new Npgsql.NpgsqlParameter("now", now))
            .ToListAsync(cancellationToken);

        var steps = await db.Database.SqlQueryRaw<OverdueRow>(OverdueCheckSql.MarkSteps, new Npgsql.NpgsqlParameter("now", now))
            .ToListAsync(cancellationToken);

        var markedDossiers = dossiers.Select(d => d.DossierId).ToHashSet();
        foreach (var row in dossiers)
        {
            db.OutboxMessages.Add(OutboxMessage.For(new DossierOverdue(row.DossierId, row.Code ?? row.DossierId.ToString(), row.AgencyId, row.AssigneeId, row.Deadline, false, now), now));
        }

        foreach (var row in steps.Where(s => !markedDossiers.Contains(s.DossierId)))
        {
            db.OutboxMessages.Add(OutboxMessage.For(new DossierOverdue(row.DossierId, row.Code ?? row.DossierId.ToString(), row.AgencyId, row.AssigneeId, row.Deadline, true, now), now));
        }

        var needApology = await db.Database.SqlQueryRaw<ApologyRow>(OverdueCheckSql.NeedApology).ToListAsync(cancellationToken);

        var agencies = dossiers.Select(d => d.AgencyId).Concat(needApology.Select(a => a.AgencyId)).Distinct().ToArray();
        var summaries = 0;
        foreach (var agency in agencies)
        {
            var first = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO overdue_digests (agency_id, date) VALUES ({agency}, {today}) ON CONFLICT DO NOTHING", cancellationToken);
            if (first == 0)
            {
                continue;
            }

            var newly = dossiers.Where(d => d.AgencyId == agency).OrderBy(d => d.Deadline).Select(d => d.Code ?? d.DossierId.ToString()).ToList();
            var late = needApology.Where(a => a.AgencyId == agency).OrderBy(a => a.DueAt).Select(a => a.Code).ToList();
            db.OutboxMessages.Add(OutboxMessage.For(new OverdueSummary(
                agency, today, newly.Count, [.. newly.Take(OverdueSummary.MaxListed)], late.Count, [.. late.Take(OverdueSummary.MaxListed)], now), now));
            summaries++;
        }

        return new OverdueCheckResult(true, dossiers.Count, steps.Count, needApology.Count, summaries);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Overdue check skipped: {Date} is not a working day")]
    private static partial void LogSkipped(ILogger logger, DateOnly date);

    [LoggerMessage(Level = LogLevel.Information, Message = "Overdue check {Date}: {Dossiers} dossiers and {Steps} steps marked, {Apology} need an apology, {Summaries} summaries")]
    private static partial void LogDone(ILogger logger, DateOnly date, int dossiers, int steps, int apology, int summaries);

    private sealed record OverdueRow(Guid DossierId, string? Code, Guid AgencyId, Guid? AssigneeId, DateTimeOffset Deadline);

    private sealed record ApologyRow(Guid AgencyId, string Code, DateTimeOffset DueAt);
}
