using HanoiDvc.Domain.Agencies;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class AdministrativeLevelConfiguration : IEntityTypeConfiguration<AdministrativeLevel>
{
    public void Configure(EntityTypeBuilder<AdministrativeLevel> builder)
    {
        builder.HasKey(l => l.Code);
        builder.Property(l => l.Code).HasMaxLength(30);
        builder.Property(l => l.Name).HasMaxLength(100).IsRequired();
        builder.Property(l => l.NameEn).HasMaxLength(100).IsRequired();
    }
}
