using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class DigitisedCopyConfiguration : IEntityTypeConfiguration<DigitisedCopy>
{
    public void Configure(EntityTypeBuilder<DigitisedCopy> builder)
    {
        builder.ToTable("dossier_digitised_copies");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DocumentName).HasMaxLength(DigitisedPaper.DocumentNameMaxLength).IsRequired();
        builder.Property(c => c.IssuingBody).HasMaxLength(DigitisedPaper.IssuingBodyMaxLength).IsRequired();
        builder.Property(c => c.Number).HasMaxLength(DigitisedPaper.NumberMaxLength);
        builder.Property(c => c.FileName).HasMaxLength(ScannedFile.FileNameMaxLength).IsRequired();
        builder.Property(c => c.MediaType).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(c => c.Sha256); // the collector of unreferenced objects asks "is this hash still used?"
    }
}
