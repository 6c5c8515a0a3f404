using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class ResultDocumentConfiguration : IEntityTypeConfiguration<ResultDocument>
{
    public void Configure(EntityTypeBuilder<ResultDocument> builder)
    {
        builder.ToTable("dossier_results");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        // One result per dossier: the unique key turns two leaders issuing at once into a 409.
        builder.HasOne<Dossier>().WithOne(d => d.Result).HasForeignKey<ResultDocument>("DossierId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DocumentType).HasMaxLength(ResultDocument.DocumentTypeMaxLength).IsRequired();
        builder.Property(r => r.FileName).HasMaxLength(ResultDocument.FileNameMaxLength).IsRequired();
        builder.Property(r => r.MediaType).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.VerificationCode).HasMaxLength(ResultVerificationCode.Length).IsFixedLength().IsRequired();
        builder.HasIndex(r => r.VerificationCode).IsUnique(); // the public check's lookup, and no two results share a code
        builder.HasIndex(r => r.Sha256); // like attachments: a future collector of unreferenced objects asks "is this hash still used?"
        builder.Property(r => r.IssuerName).HasMaxLength(300).IsRequired();
        builder.Property(r => r.SignerName).HasMaxLength(200).IsRequired();
        builder.Ignore(r => r.IsReleased);
    }
}
