using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Calendar;
using Npgsql;

namespace HanoiDvc.Infrastructure.Statistics;

/// <summary>
/// Reads the statistics tables: whole months inside the period from a monthly table, the days at either end from a daily
/// table (per procedure when the figures are, per agency otherwise); the open dossiers now from the counts the database keeps
/// and the overdue ones from <c>dossiers</c> (decisions 0016, 0038).
/// Reads the read replica when one is configured (decision 0022).
/// </summary>
internal sealed class StatisticsReadModel(ReadDbContext db, TimeProvider clock, IWorkingCalendarProvider calendars) : IStatisticsReadModel
{
    private StatisticsFreshness? _freshness;

    /// <summary>The open dossiers, word for word the predicate of the partial index <c>ix_dossiers_open_statistics</c> and of the kept counts.</summary>
    private static readonly string Open = DossierIndexFilters.OpenStatistics("d.");

    public async Task<IReadOnlyList<StatisticsCounters>> CountAsync(StatisticsSlice slice, StatisticsGrouping grouping, CancellationToken cancellationToken)
    {
        // The tables hold every event before an instant (decision 0037); the events since then are counted from the dossiers
        // with an event since then, found by the index ix_dossiers_last_event, and added. The day of that instant is in both:
        // its earlier events in its rows, its later ones live.
        var freshness = await FreshnessAsync(cancellationToken);
        var lastTableDay = VietnamTimeZone.Today(freshness.LiveSince.AddTicks(-1));
        var tableTo = slice.To < lastTableDay ? slice.To : lastTableDay;
        var since = slice.From > freshness.LiveFrom ? VietnamTimeZone.EndOf(slice.From.AddDays(-1)) : freshness.LiveSince;
        var (tables, live) = (slice.From <= tableTo, slice.To >= freshness.LiveFrom);
        var (fullFrom, fullTo) = tables ? WholeMonths(slice.From, tableTo) : (slice.From, slice.From);
        var parameters = Filters(slice, out var where);
        parameters.AddRange(
        [
            new NpgsqlParameter("table_from", slice.From), new NpgsqlParameter("table_to", tables ? tableTo : slice.From.AddDays(-1)),
            new NpgsqlParameter("full_from", fullFrom), new NpgsqlParameter("full_to", fullTo),
        ]);
        var perProcedure = PerProcedure(slice, grouping);
        var (daily, monthly) = perProcedure ? (StatisticsTables.Daily, StatisticsTables.Monthly) : (StatisticsTables.AgencyDaily, StatisticsTables.AgencyMonthly);
        var columns = $"deciding_agency_id, {(perProcedure ? "procedure_id, " : string.Empty)}channel, {string.Join(", ", StatisticsTables.Counters)}";
        var key = grouping switch
        {
            StatisticsGrouping.Agency => "deciding_agency_id::text",
            StatisticsGrouping.Procedure => "procedure_id::text",
            StatisticsGrouping.Month => "to_char(day, 'YYYY-MM')",
            _ => "''",
        };
        var liveCte = string.Empty;
        var liveRows = string.Empty;
        if (live)
        {
            var calendar = await calendars.GetAsync(cancellationToken);
            var (days, before, working) = StatisticsRebuilder.CalendarTable(calendar, VietnamTimeZone.Today(since).AddYears(-3), slice.To.AddYears(3));
            parameters.AddRange(
            [
                new NpgsqlParameter("since", since), new NpgsqlParameter("until", VietnamTimeZone.EndOf(slice.To)),
                new NpgsqlParameter("cal_days", days), new NpgsqlParameter("cal_before", before), new NpgsqlParameter("cal_working", working),
                new NpgsqlParameter("day_minutes", (long)WorkingDuration.MinutesPerDay),
            ]);
            // A dossier with an event since the instant has its latest event since then (ix_dossiers_last_event).
            const string candidates = $" AND {StatisticsTables.LastEvent} >= @since";
            liveCte = $"live AS (\n{StatisticsRebuilder.DailyRowsSql(calendar.WorkingHours, candidates, stockEvents: false)}\n),\n";
            liveRows = $"\n  UNION ALL\n  SELECT day, {columns} FROM live WHERE TRUE{where}";
        }

        var sums = string.Join(",\n  ", StatisticsTables.Counters.Where(c => c != "received").Select(c => $"coalesce(sum({c}), 0)::bigint AS {c}"));
        var sql = $"""
            WITH {liveCte}rows AS (
              SELECT month AS day, {columns} FROM {monthly}
              WHERE month >= @full_from AND month < @full_to{where}
              UNION ALL
              SELECT day, {columns} FROM {daily}
              WHERE ((day >= @table_from AND day < @full_from) OR (day >= @full_to AND day <= @table_to)){where}{liveRows}
            )
            SELECT {key} AS key,
              coalesce(sum(received) FILTER (WHERE channel = 'Online'), 0)::bigint AS received_online,
              coalesce(sum(received) FILTER (WHERE channel = 'InPerson'), 0)::bigint AS received_in_person,
              coalesce(sum(received) FILTER (WHERE channel = 'Post'), 0)::bigint AS received_post,
              {sums}
            FROM rows{GroupBy(grouping)}
            """;
        return await db.Database.SqlQueryRaw<StatisticsCounters>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>Which events are counted live (those since the instant the tables are covered until), read once per request.</summary>
    public async Task<StatisticsFreshness> FreshnessAsync(CancellationToken cancellationToken)
    {
        if (_freshness is null)
        {
            var coverage = await db.Set<StatisticsCoverage>().Select(c => new { c.CoveredUntil, c.RebuiltAt }).SingleOrDefaultAsync(cancellationToken);
            _freshness = StatisticsFreshness.At(clock.GetUtcNow(), coverage?.CoveredUntil, coverage?.RebuiltAt);
        }

        return _freshness;
    }

    public async Task<IReadOnlyList<InProgressCounters>> InProgressAsync(
        StatisticsSlice slice, StatisticsGrouping grouping, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        if (grouping == StatisticsGrouping.Month)
        {
            return [];
        }

        if (at is { } instant && await TablesHoldAsync([instant], cancellationToken) is [var day])
        {
            return await OpenFromTablesAsync(slice, [day], PerProcedure(slice, grouping), Key(grouping, "s."), cancellationToken);
        }

        if (at is null)
        {
            return await OpenNowAsync(slice, grouping, cancellationToken);
        }

        // Before now: the dossiers received before the instant and neither resolved nor closed by then.
        var parameters = Filters(slice, out var where, "d.", "v.");
        parameters.Add(new NpgsqlParameter("at", at.Value));
        var sql = $"""
            SELECT {Key(grouping, "d.")} AS key,
              count(*) - count(*) FILTER (WHERE d.due_at < @at) AS within_time,
              count(*) FILTER (WHERE d.due_at < @at) AS overdue
            FROM dossiers d
            {VersionJoin(slice)}
            WHERE d.received_at < @at AND (d.resolved_at IS NULL OR d.resolved_at >= @at) AND (d.closed_at IS NULL OR d.closed_at >= @at){where}{GroupBy(grouping)}
            """;
        return await db.Database.SqlQueryRaw<InProgressCounters>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The open dossiers now: how many, from the counts the database keeps per deciding agency and procedure version
    /// (<c>open_stock_counts</c>, decision 0038), less the overdue ones, read from the open dossiers' index by due instant
    /// (only those already due). A dossier waiting for a supplement is paused, not late.
    /// </summary>
    private async Task<IReadOnlyList<InProgressCounters>> OpenNowAsync(StatisticsSlice slice, StatisticsGrouping grouping, CancellationToken cancellationToken)
    {
        var parameters = Filters(slice, out var where, "d.", "v.");
        var stockWhere = Where(slice, "s.", "s.");
        parameters.Add(new NpgsqlParameter("at", clock.GetUtcNow()));
        var sql = $"""
            WITH stock AS (
              SELECT {Key(grouping, "s.")} AS key, coalesce(sum(s.dossiers), 0)::bigint AS open
              FROM (SELECT c.deciding_agency_id, v.procedure_id, v.service_level, v.field, c.dossiers
                    FROM {OpenStockSql.Table} c JOIN procedure_versions v ON v.id = c.procedure_version_id) s
              WHERE TRUE{stockWhere}{GroupBy(grouping)}
            ),
            late AS (
              SELECT {Key(grouping, "d.")} AS key, count(*) AS overdue
              FROM dossiers d
              {VersionJoin(slice)}
              WHERE {Open} AND {DossierStatusSql.Overdue("@at", "d.")}{where}{GroupBy(grouping)}
            )
            SELECT s.key, s.open - coalesce(l.overdue, 0) AS within_time, coalesce(l.overdue, 0) AS overdue
            FROM stock s LEFT JOIN late l ON l.key = s.key
            WHERE s.open <> 0
            """;
        return await db.Database.SqlQueryRaw<InProgressCounters>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>The join to the procedure version that filters on its level or field need, or nothing.</summary>
    private static string VersionJoin(StatisticsSlice slice) =>
        slice.Level is null && slice.Field is null ? string.Empty : "JOIN procedure_versions v ON v.id = d.procedure_version_id";

    public async Task<IReadOnlyList<InProgressCounters>> InProgressAtAsync(
        StatisticsSlice slice, IReadOnlyList<DateTimeOffset> instants, CancellationToken cancellationToken)
    {
        if (instants.Count == 0)
        {
            return [];
        }

        if (await TablesHoldAsync(instants, cancellationToken) is { } days)
        {
            return await OpenFromTablesAsync(slice, days, PerProcedure(slice, StatisticsGrouping.None), "(i.n - 1)::text", cancellationToken);
        }

        var parameters = Filters(slice, out var where, "d.", "v.");
        var join = VersionJoin(slice);
        parameters.Add(new NpgsqlParameter("ats", instants.Select(i => i.ToUniversalTime()).ToArray()));
        parameters.Add(new NpgsqlParameter("latest", instants.Max().ToUniversalTime()));
        // One scan of the dossiers received before the latest instant, each compared with every instant.
        var sql = $"""
            SELECT (i.n - 1)::text AS key,
              count(*) FILTER (WHERE NOT (d.due_at < i.at)) AS within_time,
              count(*) FILTER (WHERE d.due_at < i.at) AS overdue
            FROM dossiers d
            {join}
            JOIN unnest(@ats::timestamptz[]) WITH ORDINALITY AS i(at, n)
              ON d.received_at < i.at AND (d.resolved_at IS NULL OR d.resolved_at >= i.at) AND (d.closed_at IS NULL OR d.closed_at >= i.at)
            WHERE d.received_at < @latest{where}
            GROUP BY 1
            """;
        return await db.Database.SqlQueryRaw<InProgressCounters>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The Hanoi days ending at <paramref name="instants"/> when the tables hold every one of them (each instant is the end of a
    /// day before the live ones); otherwise null, and the open dossiers are counted from the dossiers themselves.
    /// </summary>
    private async Task<IReadOnlyList<DateOnly>?> TablesHoldAsync(IReadOnlyList<DateTimeOffset> instants, CancellationToken cancellationToken)
    {
        var liveFrom = (await FreshnessAsync(cancellationToken)).LiveFrom;
        var days = new List<DateOnly>(instants.Count);
        foreach (var instant in instants)
        {
            var day = VietnamTimeZone.Today(instant.AddTicks(-1));
            if (day >= liveFrom || VietnamTimeZone.EndOf(day) != instant)
            {
                return null;
            }

            days.Add(day);
        }

        return days;
    }

    /// <summary>
    /// The dossiers open at the end of each of <paramref name="days"/>, from the tables alone: every day's net change of the open
    /// stock (received − resolved − withdrawn − stopped) and of its overdue part (<c>overdue_started − overdue_ended</c>) summed
    /// up to that day, whole months from the monthly table and the month's first days from the daily one (decision 0035).
    /// <paramref name="key"/> is the key's SQL over the table (<c>s</c>) and the day (<c>i</c>, with its 1-based index <c>n</c>).
    /// </summary>
    private async Task<IReadOnlyList<InProgressCounters>> OpenFromTablesAsync(
        StatisticsSlice slice, IReadOnlyList<DateOnly> days, bool perProcedure, string key, CancellationToken cancellationToken)
    {
        var parameters = Filters(slice, out var where, "s.", "s.");
        parameters.Add(new NpgsqlParameter("days", days.ToArray()));
        var (daily, monthly) = perProcedure ? (StatisticsTables.Daily, StatisticsTables.Monthly) : (StatisticsTables.AgencyDaily, StatisticsTables.AgencyMonthly);
        const string net = "s.received - s.resolved_early - s.resolved_on_time - s.resolved_late - s.withdrawn - s.stopped";
        const string overdue = "s.overdue_started - s.overdue_ended";
        var sql = $"""
            WITH i AS (SELECT * FROM unnest(@days::date[]) WITH ORDINALITY AS i(day, n)),
            rows AS (
              SELECT i.n, {key} AS key, {net} AS net, {overdue} AS overdue
              FROM i JOIN {monthly} s ON s.month < date_trunc('month', i.day + 1)::date
              WHERE TRUE{where}
              UNION ALL
              SELECT i.n, {key}, {net}, {overdue}
              FROM i JOIN {daily} s ON s.day >= date_trunc('month', i.day + 1)::date AND s.day <= i.day
              WHERE TRUE{where}
            )
            SELECT key, sum(net - overdue)::bigint AS within_time, sum(overdue)::bigint AS overdue
            FROM rows
            GROUP BY n, key
            """;
        return await db.Database.SqlQueryRaw<InProgressCounters>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>The SQL of a grouping's key over a table behind <paramref name="prefix"/> (the agency, the procedure or nothing).</summary>
    private static string Key(StatisticsGrouping grouping, string prefix) => grouping switch
    {
        StatisticsGrouping.Agency => $"{prefix}deciding_agency_id::text",
        StatisticsGrouping.Procedure => $"{prefix}procedure_id::text",
        _ => "''",
    };

    /// <summary>The GROUP BY of a key in the first column; none for <see cref="StatisticsGrouping.None"/>, whose one row every aggregate gives.</summary>
    private static string GroupBy(StatisticsGrouping grouping) => grouping == StatisticsGrouping.None ? string.Empty : "\nGROUP BY 1";

    /// <summary>Per-procedure figures and filters on the procedure, its level or field need the per-procedure tables; everything else reads the per-agency ones, a hundred times smaller.</summary>
    private static bool PerProcedure(StatisticsSlice slice, StatisticsGrouping grouping) =>
        grouping == StatisticsGrouping.Procedure || slice.ProcedureId is not null || slice.Level is not null || slice.Field is not null;

    /// <summary>Every rebuild stamps the coverage row (decision 0037): the freshness the dashboard shows says the same.</summary>
    public async Task<DateTimeOffset?> LastRebuiltAtAsync(CancellationToken cancellationToken) =>
        (await FreshnessAsync(cancellationToken)).RebuiltAt;

    /// <summary>The whole months inside [from, to]: first month start on or after <paramref name="from"/>, exclusive end; empty (from, from) when none.</summary>
    internal static (DateOnly From, DateOnly To) WholeMonths(DateOnly from, DateOnly to)
    {
        var first = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var end = to == DateOnly.MaxValue ? to : to.AddDays(1);
        var last = new DateOnly(end.Year, end.Month, 1);
        return first < last ? (first, last) : (from, from);
    }

    /// <summary>The slice's conditions as parameters and an SQL suffix; agency and procedure columns behind <paramref name="prefix"/>, level and field behind <paramref name="versionPrefix"/>.</summary>
    private static List<NpgsqlParameter> Filters(StatisticsSlice slice, out string where, string prefix = "", string versionPrefix = "")
    {
        where = Where(slice, prefix, versionPrefix);
        var parameters = new List<NpgsqlParameter>();
        if (slice.Agencies is { } agencies)
        {
            parameters.Add(new NpgsqlParameter("agencies", agencies.ToArray()));
        }

        if (slice.Level is { } level)
        {
            parameters.Add(new NpgsqlParameter("level", level));
        }

        if (slice.Field is { } field)
        {
            parameters.Add(new NpgsqlParameter("field", field.ToString()));
        }

        if (slice.ProcedureId is { } procedure)
        {
            parameters.Add(new NpgsqlParameter("procedure", procedure));
        }

        return parameters;
    }

    /// <summary>The SQL suffix of <see cref="Filters"/> alone, for a second table read with the same parameters.</summary>
    private static string Where(StatisticsSlice slice, string prefix, string versionPrefix) => string.Concat(new[]
    {
        slice.Agencies is null ? null : $" AND {prefix}deciding_agency_id = ANY(@agencies)",
        slice.Level is null ? null : $" AND {versionPrefix}service_level = @level",
        slice.Field is null ? null : $" AND {versionPrefix}field = @field",
        slice.ProcedureId is null ? null : $" AND {prefix}procedure_id = @procedure",
    });
}
