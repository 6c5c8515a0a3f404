using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class ProcessingStepConfiguration : IEntityTypeConfiguration<ProcessingStep>
{
    /// <summary>Shadow property: when the step was found past its deadline.</summary>
    public const string OverdueAt = nameof(OverdueAt);

    public void Configure(EntityTypeBuilder<ProcessingStep> builder)
    {
        builder.ToTable("dossier_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.FromStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ToStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ActorName).HasMaxLength(200);
        builder.Property(s => s.Comment).HasMaxLength(4000);
        builder.Property(s => s.CommentAudience).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex("DossierId", nameof(ProcessingStep.Sequence)).IsUnique();
        // The statistics ask of each dossier whether it was ever refused (its status may have moved on since): a few
        // thousand refusal steps among millions, found without reading the others (decision 0034).
        builder.HasIndex("DossierId").HasDatabaseName("ix_dossier_steps_refused").HasFilter($"action = '{nameof(DossierAction.Refuse)}'");
        // Set by the morning overdue check when the step is still the dossier's current hand-over past its deadline;
        // not part of the aggregate (a step never changes once written), read by the inbox and the statistics.
        builder.Property<DateTimeOffset?>(OverdueAt);
    }
}
