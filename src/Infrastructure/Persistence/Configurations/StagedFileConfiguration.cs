using HanoiDvc.Domain.Files;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class StagedFileConfiguration : IEntityTypeConfiguration<StagedFile>
{
    public void Configure(EntityTypeBuilder<StagedFile> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        // One row per owner and content: an upload of the same content renews it; ingestion finds it by both.
        builder.HasIndex(f => new { f.OwnerId, f.Sha256 }).IsUnique();
        builder.HasIndex(f => f.ExpiresAt);
    }
}
