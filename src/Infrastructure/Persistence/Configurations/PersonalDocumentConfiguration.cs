using HanoiDvc.Domain.PersonalDocuments;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class PersonalDocumentConfiguration : IEntityTypeConfiguration<PersonalDocument>
{
    public void Configure(EntityTypeBuilder<PersonalDocument> builder)
    {
        builder.ToTable("personal_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.DocumentType).HasMaxLength(PersonalDocument.DocumentTypeMaxLength).IsRequired();
        builder.Property(d => d.IssuingBody).HasMaxLength(PersonalDocument.IssuingBodyMaxLength);
        builder.Property(d => d.Number).HasMaxLength(PersonalDocument.NumberMaxLength);
        builder.Property(d => d.FileName).HasMaxLength(PersonalDocument.FileNameMaxLength).IsRequired();
        builder.Property(d => d.MediaType).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(d => d.Origin).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.OriginDossierCode).HasMaxLength(50);
        // The owner's store, newest first; and "is this hash still used?" for the collector of unreferenced objects.
        builder.HasIndex(d => new { d.OwnerId, d.OriginAt });
        builder.HasIndex(d => d.Sha256);
        // What entered from an agency enters once: the same file, as the same document, with the same origin and dossier is
        // one entry, so an event delivered twice adds nothing (uploads, with no dossier, are not constrained).
        builder.HasIndex(d => new { d.OwnerId, d.OriginDossierId, d.Origin, d.Sha256, d.DocumentType }).IsUnique().HasFilter("origin_dossier_id IS NOT NULL");
        builder.Property<uint>("Version").IsRowVersion(); // PostgreSQL xmin
        builder.Ignore(d => d.DomainEvents);
    }
}
