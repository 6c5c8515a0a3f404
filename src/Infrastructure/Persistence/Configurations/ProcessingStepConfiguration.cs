using HanoiDvc.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class ProcessingStepConfiguration : IEntityTypeConfiguration<ProcessingStep>
{
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
        builder.HasIndex("DossierId", nameof(ProcessingStep.Sequence)).IsUnique();
    }
}
