using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class DossierAttachmentConfiguration : IEntityTypeConfiguration<DossierAttachment>
{
    public void Configure(EntityTypeBuilder<DossierAttachment> builder)
    {
        builder.ToTable("dossier_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(DossierAttachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.MediaType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(a => a.DocumentName).HasMaxLength(DossierAttachment.DocumentNameMaxLength);
        builder.HasIndex(a => a.Sha256); // the collector of unreferenced objects asks "is this hash still used?"
    }
}
