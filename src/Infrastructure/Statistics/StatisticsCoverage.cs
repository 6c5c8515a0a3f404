namespace HanoiDvc.Infrastructure.Statistics;

/// <summary>
/// How far the statistics tables reach (table <c>statistics_coverage</c>, one row): every event dated before
/// <see cref="CoveredUntil"/> is in the tables' rows, and no event from that instant on is; the read model counts the rest
/// live from the dossiers (decision 0037). Only a rebuild that reaches the instant's day moves it, and always forward.
/// </summary>
internal sealed class StatisticsCoverage
{
    /// <summary>The one row's key.</summary>
    public const short Row = 1;

    public short Id { get; set; } = Row;

    /// <summary>The events before this instant are in the tables (exclusive bound).</summary>
    public DateTimeOffset CoveredUntil { get; set; }

    /// <summary>When the tables were last rebuilt (any range: one of earlier days leaves <see cref="CoveredUntil"/> but not this).</summary>
    public DateTimeOffset RebuiltAt { get; set; }
}

internal sealed class StatisticsCoverageConfiguration : IEntityTypeConfiguration<StatisticsCoverage>
{
    public void Configure(EntityTypeBuilder<StatisticsCoverage> builder)
    {
        builder.ToTable("statistics_coverage", t => t.HasCheckConstraint("ck_statistics_coverage_one_row", "id = 1"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}
