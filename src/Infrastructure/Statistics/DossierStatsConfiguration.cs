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
        "received_digitised", "received_reusing",
    ];

    /// <summary>The key and the copied attributes of the per-procedure tables, in insertion order after the day.</summary>
    public const string Keys = "deciding_agency_id, procedure_version_id, channel, procedure_id, service_level, field";

    /// <summary>The key of the per-agency tables after the day.</summary>
    public const string AgencyKeys = "deciding_agency_id, channel";
}
