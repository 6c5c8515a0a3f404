namespace HanoiDvc.Infrastructure.Statistics;

/// <summary>The statistics tables share their columns; each key leads with the day so a period is one range of the key.</summary>
internal abstract class StatsConfiguration<T>(string table, string dayColumn) : IEntityTypeConfiguration<T>
    where T : StatsRow
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.Property(s => s.Day).HasColumnName(dayColumn);
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
    }
}

/// <summary>Per procedure version: keyed by day, agency, version and channel.</summary>
internal abstract class DossierStatsConfiguration<T>(string table, string dayColumn) : StatsConfiguration<T>(table, dayColumn)
    where T : DossierStatsRow
{
    public override void Configure(EntityTypeBuilder<T> builder)
    {
        base.Configure(builder);
        builder.HasKey(s => new { s.Day, s.DecidingAgencyId, s.ProcedureVersionId, s.Channel });
        builder.Property(s => s.ServiceLevel).HasConversion<int>();
        builder.Property(s => s.Field).HasConversion<string>().HasMaxLength(40);
    }
}

/// <summary>Per agency: keyed by day, agency and channel.</summary>
internal abstract class AgencyStatsConfiguration<T>(string table, string dayColumn) : StatsConfiguration<T>(table, dayColumn)
    where T : StatsRow
{
    public override void Configure(EntityTypeBuilder<T> builder)
    {
        base.Configure(builder);
        builder.HasKey(s => new { s.Day, s.DecidingAgencyId, s.Channel });
    }
}

internal sealed class DossierDailyStatsConfiguration() : DossierStatsConfiguration<DossierDailyStats>(StatisticsTables.Daily, "day");

internal sealed class DossierMonthlyStatsConfiguration() : DossierStatsConfiguration<DossierMonthlyStats>(StatisticsTables.Monthly, "month");

internal sealed class AgencyDailyStatsConfiguration() : AgencyStatsConfiguration<AgencyDailyStats>(StatisticsTables.AgencyDaily, "day");

internal sealed class AgencyMonthlyStatsConfiguration() : AgencyStatsConfiguration<AgencyMonthlyStats>(StatisticsTables.AgencyMonthly, "month");

/// <summary>Names of the statistics tables and their counter columns, shared by the rebuild and the reads.</summary>
internal static class StatisticsTables
{
    public const string Daily = "dossier_daily_stats";

    public const string Monthly = "dossier_monthly_stats";

    public const string AgencyDaily = "agency_daily_stats";

    public const string AgencyMonthly = "agency_monthly_stats";

    /// <summary>The counters, summed when rows are rolled up.</summary>
    public static readonly string[] Counters =
    [
        "received", "resolved_early", "resolved_on_time", "resolved_late", "refused", "withdrawn", "stopped",
        "rated_very_satisfied", "rated_satisfied", "rated_unsatisfied", "paid_count", "paid_vnd", "refunded_count", "refunded_vnd",
        "timed_count", "used_minutes", "limit_minutes",
        "received_with_fee", "received_paid_online", "resolved_electronic_result", "resolved_unsatisfied",
        "received_digitised", "received_reusing", "overdue_started", "overdue_ended",
    ];

    /// <summary>The counters summed as <c>bigint</c> (amounts and minutes); the others are <c>integer</c>.</summary>
    private static readonly HashSet<string> Wide = ["paid_vnd", "refunded_vnd", "used_minutes", "limit_minutes"];

    /// <summary>
    /// A counter's column type. Computed rows are cast to it, so that the tables' rows and the live ones add up in the
    /// column's own type rather than in the wider one (numeric sums cost several times integer ones).
    /// </summary>
    public static string ColumnType(string counter) => Wide.Contains(counter) ? "bigint" : "integer";

    /// <summary>
    /// Hanoi's offset from UTC, for turning an instant into its Hanoi day and time in SQL. Asia/Ho_Chi_Minh has kept UTC+7
    /// without daylight saving since 1975; the fixed offset spares PostgreSQL a look-up of the zone by name for every row
    /// (which was a tenth of the statistics queries' time).
    /// </summary>
    public const string HanoiOffset = "INTERVAL '+07:00'";

    /// <summary>
    /// When dossier <c>d</c> stopped being open (in the statistics' sense, as the counters count it): resolved, or withdrawn
    /// or stopped after reception; null while open. Never before its reception: a dossier received out of hours is dated by
    /// the next working period, and one stopped or withdrawn before then leaves the stock on the day it entered it.
    /// </summary>
    public const string EndedAt = $"CASE WHEN d.resolved_at IS NOT NULL THEN {Resolved} WHEN d.status IN ('Withdrawn', 'Stopped') THEN {Closed} END";

    /// <summary>Dossier <c>d</c>'s latest event, word for word the expression of the index <c>ix_dossiers_last_event</c>.</summary>
    public const string LastEvent = "greatest(d.received_at, d.resolved_at, d.closed_at, d.rated_at, d.paid_at, d.refunded_at)";

    /// <summary>When dossier <c>d</c>'s resolution is counted: when it was resolved, not before its reception.</summary>
    public const string Resolved = "greatest(d.resolved_at, d.received_at)";

    /// <summary>When dossier <c>d</c>'s withdrawal or stop is counted: when it was closed, not before its reception.</summary>
    public const string Closed = "greatest(d.closed_at, d.received_at)";

    /// <summary>
    /// Whether dossier <c>d</c> was open and overdue at the end of some Hanoi day: received and due, and not ended on the day
    /// (or before the day) it became overdue, that is the later of the two. It then counts in <c>overdue_started</c> on that
    /// day and in <c>overdue_ended</c> on the day it ended, so the open overdue dossiers at the end of a day are the two
    /// counters summed over every day up to it (decision 0035).
    /// </summary>
    public static readonly string OverdueWindow =
        $"d.received_at IS NOT NULL AND d.due_at IS NOT NULL AND (({EndedAt}) IS NULL OR (({EndedAt}) AT TIME ZONE {HanoiOffset})::date > (greatest(d.received_at, d.due_at) AT TIME ZONE {HanoiOffset})::date)";

    /// <summary>The key and the copied attributes of the per-procedure tables, in insertion order after the day.</summary>
    public const string Keys = "deciding_agency_id, procedure_version_id, channel, procedure_id, service_level, field";

    /// <summary>The key of the per-agency tables after the day.</summary>
    public const string AgencyKeys = "deciding_agency_id, channel";
}
