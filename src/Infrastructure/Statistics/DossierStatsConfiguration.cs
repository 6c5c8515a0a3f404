using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HanoiDvc.Infrastructure.Statistics;

/// <summary>Both statistics tables have the same shape; the key leads with the day so a period is one range of the key.</summary>
internal abstract class DossierStatsConfiguration<T>(string table, string dayColumn) : IEntityTypeConfiguration<T>
    where T : DossierStatsRow
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.Property(s => s.Day).HasColumnName(dayColumn);
        builder.HasKey(s => new { s.Day, s.DecidingAgencyId, s.ProcedureVersionId, s.Channel });
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ServiceLevel).HasConversion<int>();
        builder.Property(s => s.Field).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class DossierDailyStatsConfiguration() : DossierStatsConfiguration<DossierDailyStats>(StatisticsTables.Daily, "day");

internal sealed class DossierMonthlyStatsConfiguration() : DossierStatsConfiguration<DossierMonthlyStats>(StatisticsTables.Monthly, "month");

/// <summary>Names of the statistics tables and their counter columns, shared by the rebuild and the reads.</summary>
internal static class StatisticsTables
{
    public const string Daily = "dossier_daily_stats";

    public const string Monthly = "dossier_monthly_stats";

    /// <summary>The counters, summed when rows are rolled up.</summary>
    public static readonly string[] Counters =
    [
        "received", "resolved_early", "resolved_on_time", "resolved_late", "refused", "withdrawn", "stopped",
        "rated_very_satisfied", "rated_satisfied", "rated_unsatisfied", "paid_count", "paid_vnd", "refunded_count", "refunded_vnd",
        "timed_count", "used_minutes", "limit_minutes",
    ];

    /// <summary>The key and the copied attributes, in insertion order after the day.</summary>
    public const string Keys = "deciding_agency_id, procedure_version_id, channel, procedure_id, service_level, field";
}
