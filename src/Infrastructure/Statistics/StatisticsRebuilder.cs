using System.Diagnostics;
using System.Globalization;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Calendar;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HanoiDvc.Infrastructure.Statistics;

/// <summary>
/// Recomputes <c>dossier_daily_stats</c> for a range of business days from the dossiers, then rolls it up into
/// <c>agency_daily_stats</c> (per agency, without the procedure) and both into the monthly tables for the months touched,
/// in one transaction under an advisory lock: delete the range, insert it again. Running it twice
/// gives the same rows, and two processes never interleave. One pass over <c>dossiers</c> turns each dossier into its
/// events in the range (received, resolved, withdrawn/stopped, rated, paid, refunded).
/// </summary>
/// <remarks>
/// The working time a resolved dossier used is its limit minus the working time from its resolution to its due instant
/// (the due instant already carries the paused time). Working time comes from a calendar table built from
/// <see cref="WorkingCalendar"/> (working minutes before each day) and the working sessions, so holidays and make-up
/// days count as the legal clock counts them.
/// </remarks>
public sealed partial class StatisticsRebuilder(
    AppDbContext db, IWorkingCalendarProvider calendars, TimeProvider clock, IOptions<StatisticsOptions> options, ILogger<StatisticsRebuilder> logger)
    : IStatisticsRebuilder
{
    private const string Zone = StatisticsTables.HanoiOffset;

    /// <summary>How far around the rebuilt days the calendar table reaches (due instants of late dossiers lie before them).</summary>
    private const int CalendarMarginYears = 3;

    public async Task<StatisticsRebuildResult> RebuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // The events of the last moments wait for the next rebuild (the live count has them meanwhile): a transaction that
        // stamped its event just before this instant may commit after this rebuild has taken its snapshot.
        var until = Min(now - options.Value.Settle, VietnamTimeZone.EndOf(to));

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var strategy = db.Database.CreateExecutionStrategy();
        var (start, daily, monthly, coverage) = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('dossier_stats_rebuild'))", cancellationToken);
            var coveredUntil = await db.Set<StatisticsCoverage>().AsNoTracking().Select(c => (DateTimeOffset?)c.CoveredUntil).SingleOrDefaultAsync(cancellationToken);
            // A rebuild that reaches the day the tables are covered until starts no later than that day, so that every row
            // from there on is counted up to the same instant, and moves the coverage to that instant; one of earlier days
            // only leaves it where it is (decision 0037).
            var start = from;
            if (coveredUntil is not { } covered || to >= VietnamTimeZone.Today(covered))
            {
                // Never rebuilt: the tables hold nothing yet, so the first rebuild starts at the first event (a reception or a
                // payment before it) and every day before the coverage is in them, as the reads assume.
                var coveredFrom = coveredUntil is { } at ? VietnamTimeZone.Today(at) : await FirstEventDayAsync(cancellationToken);
                start = coveredFrom is { } day ? Min(from, day) : from;
                coveredUntil = until;
                await db.Database.ExecuteSqlRawAsync(
                    """
                    INSERT INTO statistics_coverage (id, covered_until, rebuilt_at) VALUES (1, @until, @now)
                    ON CONFLICT (id) DO UPDATE SET covered_until = excluded.covered_until, rebuilt_at = excluded.rebuilt_at
                    """,
                    [new NpgsqlParameter("until", until), new NpgsqlParameter("now", now)], cancellationToken);
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("UPDATE statistics_coverage SET rebuilt_at = @now", [new NpgsqlParameter("now", now)], cancellationToken);
            }

            var (days, before, working) = CalendarTable(calendar, start.AddYears(-CalendarMarginYears), to.AddYears(CalendarMarginYears));
            await db.Database.ExecuteSqlRawAsync(
                $"DELETE FROM {StatisticsTables.Daily} WHERE day BETWEEN @from AND @to", [new NpgsqlParameter("from", start), new NpgsqlParameter("to", to)], cancellationToken);
            // Recent days (today's every minute, the nightly window) read only the dossiers that can have an event in them.
            var recent = start >= VietnamTimeZone.Today(now).AddDays(-StatisticsFreshness.MaxLiveDays);
            var dailyRows = await db.Database.ExecuteSqlRawAsync(DailySql(calendar.WorkingHours, recent ? Candidates : string.Empty),
            [
                new NpgsqlParameter("since", VietnamTimeZone.EndOf(start.AddDays(-1))), new NpgsqlParameter("until", until), new NpgsqlParameter("now", now),
                new NpgsqlParameter("cal_days", days), new NpgsqlParameter("cal_before", before), new NpgsqlParameter("cal_working", working),
                new NpgsqlParameter("day_minutes", (long)WorkingDuration.MinutesPerDay),
            ], cancellationToken);
            var (monthFrom, monthTo) = (new DateOnly(start.Year, start.Month, 1), new DateOnly(to.Year, to.Month, 1));
            await RollUpAsync(StatisticsTables.AgencyDaily, "day", StatisticsTables.Daily, "day", StatisticsTables.AgencyKeys, start, to, now, cancellationToken);
            var monthlyRows = await RollUpAsync(StatisticsTables.Monthly, "month", StatisticsTables.Daily, "date_trunc('month', day)::date", StatisticsTables.Keys, monthFrom, monthTo, now, cancellationToken);
            await RollUpAsync(StatisticsTables.AgencyMonthly, "month", StatisticsTables.AgencyDaily, "date_trunc('month', day)::date", StatisticsTables.AgencyKeys, monthFrom, monthTo, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (start, dailyRows, monthlyRows, coveredUntil);
        });

        var result = new StatisticsRebuildResult(start, to, daily, monthly, watch.ElapsedMilliseconds, coverage);
        LogRebuilt(logger, start, to, daily, monthly, result.ElapsedMilliseconds);
        return result;
    }

    private async Task<DateOnly?> FirstEventDayAsync(CancellationToken cancellationToken)
    {
        var first = await db.Database.SqlQueryRaw<DateTimeOffset?>("SELECT least(min(received_at), min(paid_at)) AS \"Value\" FROM dossiers").SingleAsync(cancellationToken);
        return first is { } at ? VietnamTimeZone.Today(at) : null;
    }

    private static T Min<T>(T a, T b)
        where T : IComparable<T> => a.CompareTo(b) <= 0 ? a : b;

    /// <summary>Each day from <paramref name="first"/> to <paramref name="last"/>, the working minutes of all days before it (from <paramref name="first"/>), and whether it is a working day.</summary>
    internal static (DateOnly[] Days, long[] Before, bool[] Working) CalendarTable(WorkingCalendar calendar, DateOnly first, DateOnly last)
    {
        var count = last.DayNumber - first.DayNumber + 1;
        var (days, before, working) = (new DateOnly[count], new long[count], new bool[count]);
        var perDay = calendar.WorkingHours.PerDay.TotalMinutes;
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            days[i] = first.AddDays(i);
            before[i] = total;
            working[i] = calendar.IsWorkingDay(days[i]);
            total += working[i] ? perDay : 0;
        }

        return (days, before, working);
    }

    /// <summary>Working minutes of a day before the Hanoi time <paramref name="local"/> (an SQL timestamp expression), from the sessions.</summary>
    private static string MinutesIntoDay(WorkingHours hours, string local)
    {
        // date_part, not extract: extract answers numeric, and numeric arithmetic was a third of the live counters' time.
        var minute = $"(date_part('hour', {local})::int * 60 + date_part('minute', {local})::int)";
        return string.Join(" + ", hours.Sessions.Select(s =>
        {
            var (start, end) = ((int)s.Start.ToTimeSpan().TotalMinutes, (int)s.End.ToTimeSpan().TotalMinutes);
            return string.Create(CultureInfo.InvariantCulture, $"(greatest(least({minute}, {end}), {start}) - {start})");
        }));
    }

    /// <summary>
    /// Working minutes from the calendar's first day to the Hanoi time <paramref name="local"/> (an SQL timestamp expression):
    /// the day's entry of the calendar arrays, looked up by position (no join), plus the part of that day; null outside the calendar.
    /// </summary>
    private static string WorkingClock(WorkingHours hours, string local)
    {
        var index = $"({local}::date - (@cal_days::date[])[1] + 1)";
        return $"((@cal_before::bigint[])[{index}] + CASE WHEN (@cal_working::boolean[])[{index}] THEN {MinutesIntoDay(hours, local)} ELSE 0 END)";
    }

    private static string DailySql(WorkingHours hours, string candidates) =>
        $"""
        INSERT INTO {StatisticsTables.Daily} (day, {StatisticsTables.Keys}, {string.Join(", ", StatisticsTables.Counters)}, rebuilt_at)
        {DailyRowsSql(hours, candidates, ", @now")}
        """;

    /// <summary>
    /// The dossiers that can have an event in [<c>@since</c>, <c>@until</c>): their latest event since then (the index
    /// <c>ix_dossiers_last_event</c>, word for word), or open and due in that range: one that became overdue in it and is no
    /// longer open ended since then too (<see cref="StatisticsTables.OverdueWindow"/>).
    /// </summary>
    internal static readonly string Candidates =
        $" AND ({StatisticsTables.LastEvent} >= @since OR ({DossierIndexFilters.OpenStatistics("d.")} AND d.due_at >= @since AND d.due_at < @until))";

    /// <summary>
    /// The daily rows of the events in [@since, @until) computed from the dossiers, as <c>WITH … SELECT day, keys, counters</c> named
    /// like the table's columns (parameters <c>@since</c>, <c>@until</c>, <c>@cal_*</c>, <c>@day_minutes</c>). <paramref name="candidates"/> narrows
    /// the dossiers scanned (an SQL condition on <c>d</c> starting with AND, or empty); <paramref name="extraColumns"/> follows the counters.
    /// The rebuild inserts these rows; the read model adds today's to the tables' (decision 0016, live part). The live rows
    /// leave <c>overdue_started</c> and <c>overdue_ended</c> at zero (<paramref name="stockEvents"/> false): a due instant is not
    /// among the events that find the candidates, and the open stock reads those counters for past days only (decision 0035).
    /// </summary>
    internal static string DailyRowsSql(WorkingHours hours, string candidates, string extraColumns = "", bool stockEvents = true) =>
        $"""
        WITH ev AS (
          SELECT (e.at AT TIME ZONE {Zone})::date AS day, e.kind,
                 d.deciding_agency_id, d.procedure_version_id, d.submission_channel AS channel, d.outcome, d.satisfaction, d.amount_due_vnd,
                 e.kind = 'resolved' AND {Refused(candidates)} AS refused,
                 e.kind = 'resolved' AND {(candidates.Length == 0
                     ? "d.id IN (SELECT r.dossier_id FROM dossier_results r)"
                     : "EXISTS (SELECT 1 FROM dossier_results r WHERE r.dossier_id = d.id)")} AS electronic_result,
                 d.paid_at IS NOT NULL AS paid_online,
                 e.kind = 'received' AND d.documents_digitised_at IS NOT NULL
                   AND (d.result_digitised_at IS NOT NULL OR d.resolved_at IS NULL OR {Refused(candidates)}) AS digitised,
                 e.kind = 'received' AND {(candidates.Length == 0
                     ? "d.id IN (SELECT a.dossier_id FROM dossier_attachments a WHERE a.source_document_id IS NOT NULL)"
                     : "EXISTS (SELECT 1 FROM dossier_attachments a WHERE a.dossier_id = d.id AND a.source_document_id IS NOT NULL)")} AS reusing,
                 CASE WHEN e.kind = 'closed' THEN d.status END AS closed_as,
                 CASE WHEN e.kind = 'resolved' THEN d.resolved_at AT TIME ZONE {Zone} END AS resolved_local,
                 CASE WHEN e.kind = 'resolved' THEN d.due_at AT TIME ZONE {Zone} END AS due_local,
                 CASE WHEN e.kind = 'resolved' AND d.due_at IS NOT NULL
                      THEN round(CASE WHEN d.time_limit->>'kind' = 'within-day' THEN 1 ELSE (d.time_limit->>'days')::numeric END * @day_minutes)::bigint END AS limit_minutes
          FROM dossiers d
          CROSS JOIN LATERAL (VALUES ('received', d.received_at), ('resolved', CASE WHEN d.resolved_at IS NOT NULL THEN {StatisticsTables.Resolved} END),
                                     ('closed', CASE WHEN d.received_at IS NOT NULL AND d.status IN ('Withdrawn', 'Stopped') THEN {StatisticsTables.Closed} END),
                                     ('rated', d.rated_at), ('paid', d.paid_at), ('refunded', d.refunded_at){(stockEvents ? StockEvents : string.Empty)}) AS e(kind, at)
          WHERE e.at >= @since AND e.at < @until{candidates}
        ),
        timed AS (
          SELECT ev.*,
                 CASE WHEN ev.limit_minutes IS NOT NULL
                      THEN (ev.limit_minutes - ({WorkingClock(hours, "ev.due_local")} - {WorkingClock(hours, "ev.resolved_local")}))::bigint END AS used_minutes
          FROM ev
        ),
        counted AS (
        SELECT t.day, t.deciding_agency_id, t.procedure_version_id, t.channel,
               count(*) FILTER (WHERE t.kind = 'received') AS received,
               count(*) FILTER (WHERE t.kind = 'resolved' AND t.outcome = 'Early') AS resolved_early,
               count(*) FILTER (WHERE t.kind = 'resolved' AND t.outcome = 'OnTime') AS resolved_on_time,
               count(*) FILTER (WHERE t.kind = 'resolved' AND t.outcome = 'Late') AS resolved_late,
               count(*) FILTER (WHERE t.refused) AS refused,
               count(*) FILTER (WHERE t.closed_as = 'Withdrawn') AS withdrawn,
               count(*) FILTER (WHERE t.closed_as = 'Stopped') AS stopped,
               count(*) FILTER (WHERE t.kind = 'rated' AND t.satisfaction = 'VerySatisfied') AS rated_very_satisfied,
               count(*) FILTER (WHERE t.kind = 'rated' AND t.satisfaction = 'Satisfied') AS rated_satisfied,
               count(*) FILTER (WHERE t.kind = 'rated' AND t.satisfaction = 'Unsatisfied') AS rated_unsatisfied,
               count(*) FILTER (WHERE t.kind = 'paid') AS paid_count,
               coalesce(sum(t.amount_due_vnd) FILTER (WHERE t.kind = 'paid'), 0) AS paid_vnd,
               count(*) FILTER (WHERE t.kind = 'refunded') AS refunded_count,
               coalesce(sum(t.amount_due_vnd) FILTER (WHERE t.kind = 'refunded'), 0) AS refunded_vnd,
               count(t.used_minutes) AS timed_count,
               coalesce(sum(t.used_minutes), 0) AS used_minutes,
               coalesce(sum(t.limit_minutes) FILTER (WHERE t.used_minutes IS NOT NULL), 0) AS limit_minutes,
               count(*) FILTER (WHERE t.kind = 'received' AND t.amount_due_vnd > 0) AS received_with_fee,
               count(*) FILTER (WHERE t.kind = 'received' AND t.amount_due_vnd > 0 AND t.paid_online) AS received_paid_online,
               count(*) FILTER (WHERE t.electronic_result AND NOT t.refused) AS resolved_electronic_result,
               count(*) FILTER (WHERE t.kind = 'resolved' AND t.outcome <> 'Late' AND t.satisfaction = 'Unsatisfied') AS resolved_unsatisfied,
               count(*) FILTER (WHERE t.digitised) AS received_digitised,
               count(*) FILTER (WHERE t.reusing) AS received_reusing,
               count(*) FILTER (WHERE t.kind = 'overdue_started') AS overdue_started,
               count(*) FILTER (WHERE t.kind = 'overdue_ended') AS overdue_ended
        FROM timed t
        GROUP BY t.day, t.deciding_agency_id, t.procedure_version_id, t.channel
        )
        SELECT c.day, c.deciding_agency_id, c.procedure_version_id, c.channel, v.procedure_id, v.service_level, v.field,
               {string.Join(", ", StatisticsTables.Counters.Select(n => $"c.{n}::{StatisticsTables.ColumnType(n)}"))}{extraColumns}
        FROM counted c
        JOIN procedure_versions v ON v.id = c.procedure_version_id
        """;

    /// <summary>The two events of the open overdue stock (see <see cref="StatisticsTables.OverdueWindow"/>), as further rows of the events' VALUES.</summary>
    private static readonly string StockEvents = $"""
        ,
                                             ('overdue_started', CASE WHEN {StatisticsTables.OverdueWindow} THEN greatest(d.received_at, d.due_at) END),
                                             ('overdue_ended', CASE WHEN {StatisticsTables.OverdueWindow} THEN {StatisticsTables.EndedAt} END)
        """;

    /// <summary>Whether dossier <c>d</c> was refused: by its status, or by a refusal step once its status moved on (the result returned).</summary>
    private static string Refused(string candidates) =>
        $"(d.status = 'Refused' OR {(candidates.Length == 0
            ? "d.id IN (SELECT s.dossier_id FROM dossier_steps s WHERE s.action = 'Refuse')" // the whole range: one hashed pass over the steps
            : "EXISTS (SELECT 1 FROM dossier_steps s WHERE s.dossier_id = d.id AND s.action = 'Refuse')")})";

    /// <summary>
    /// Replaces the rows of <paramref name="target"/> whose <paramref name="targetDay"/> lies in [from, to] by the sums of
    /// <paramref name="source"/>'s rows in that range, grouped by <paramref name="sourceDay"/> (the day, or its month) and <paramref name="keys"/>.
    /// </summary>
    private async Task<int> RollUpAsync(
        string target, string targetDay, string source, string sourceDay, string keys, DateOnly from, DateOnly to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Table and column names come from this class's constants, never from a request.
        var delete = $"DELETE FROM {target} WHERE {targetDay} BETWEEN @from AND @to";
        await db.Database.ExecuteSqlRawAsync(delete, [new NpgsqlParameter("from", from), new NpgsqlParameter("to", to)], cancellationToken);
        var end = targetDay == "month" ? "@to + interval '1 month'" : "@to + 1";
        var insert = $"""
            INSERT INTO {target} ({targetDay}, {keys}, {string.Join(", ", StatisticsTables.Counters)}, rebuilt_at)
            SELECT {sourceDay}, {keys}, {string.Join(", ", StatisticsTables.Counters.Select(c => $"sum({c})"))}, @now
            FROM {source}
            WHERE day >= @from AND day < ({end})
            GROUP BY {sourceDay}, {keys}
            """;
        return await db.Database.ExecuteSqlRawAsync(insert,
            [new NpgsqlParameter("from", from), new NpgsqlParameter("to", to), new NpgsqlParameter("now", now)], cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Statistics rebuilt for {From}–{To}: {Daily} daily and {Monthly} monthly rows in {Elapsed} ms")]
    private static partial void LogRebuilt(ILogger logger, DateOnly from, DateOnly to, int daily, int monthly, long elapsed);
}
