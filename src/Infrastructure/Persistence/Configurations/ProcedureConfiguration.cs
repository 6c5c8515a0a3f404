using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.NationalCode).HasMaxLength(30);
        builder.HasIndex(p => p.NationalCode);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.Published);
        builder.Ignore(p => p.Draft);
        builder.Ignore(p => p.DomainEvents);
        builder.Property<uint>("Version").IsRowVersion(); // PostgreSQL xmin
    }
}
