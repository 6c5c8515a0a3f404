using HanoiDvc.Domain.Agencies;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(13).IsRequired();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.CodeSource).HasMaxLength(Agency.CodeSourceMaxLength);
        builder.Property(a => a.Name).HasMaxLength(300).IsRequired();
        builder.Property(a => a.NameEn).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.LevelCode).HasMaxLength(30).IsRequired();
        builder.HasOne<AdministrativeLevel>().WithMany().HasForeignKey(a => a.LevelCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.LevelCode, a.Kind });
        builder.OwnsOne(a => a.Contact, contact =>
        {
            contact.Property(c => c.Address).HasMaxLength(300);
            contact.Property(c => c.Phone).HasMaxLength(50);
            contact.Property(c => c.Email).HasMaxLength(200);
            contact.Property(c => c.ReceptionHours).HasMaxLength(300);
        });
        builder.Navigation(a => a.Contact).IsRequired();
        builder.Property<uint>("Version").IsRowVersion(); // PostgreSQL xmin
        builder.Ignore(a => a.DomainEvents);
    }
}
