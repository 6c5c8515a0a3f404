using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.ProcedureId, v.Number }).IsUnique();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Content).HasJsonConversion();
        builder.Property(v => v.Name).HasMaxLength(500).IsRequired();
        builder.Property(v => v.Field).HasConversion<string>().HasMaxLength(40);
        builder.Property(v => v.DecidingLevelCode).HasMaxLength(30).IsRequired();
        builder.Property(v => v.ServiceLevel).HasConversion<int>();
        builder.Property(v => v.ApplicantTypes).HasConversion<int>();
        builder.Property(v => v.SearchText).IsRequired();

        // At most one published, one scheduled and one draft version per procedure.
        builder.HasIndex(v => new { v.ProcedureId, v.Status }).IsUnique().HasFilter("status IN ('Published', 'Draft', 'Scheduled')");
        // The public catalogue filters published versions by these.
        builder.HasIndex(v => new { v.Field, v.DecidingLevelCode, v.ServiceLevel }).HasFilter("status = 'Published'");
        // Diacritics-insensitive search: LIKE '%term%' on folded text through a trigram index.
        builder.HasIndex(v => v.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
