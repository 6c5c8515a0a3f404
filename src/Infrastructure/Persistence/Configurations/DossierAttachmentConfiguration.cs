using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.PersonalDocuments;

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
        // A reference into the owner's store; a removed entry is only marked removed, so the desk still reads where it came from.
        builder.HasOne<PersonalDocument>().WithMany().HasForeignKey(a => a.SourceDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.Sha256); // the collector of unreferenced objects asks "is this hash still used?"
    }
}
