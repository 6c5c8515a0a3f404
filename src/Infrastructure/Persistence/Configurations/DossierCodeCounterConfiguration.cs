using HanoiDvc.Infrastructure.Dossiers;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class DossierCodeCounterConfiguration : IEntityTypeConfiguration<DossierCodeCounter>
{
    public void Configure(EntityTypeBuilder<DossierCodeCounter> builder)
    {
        builder.ToTable("dossier_code_counters");
        builder.HasKey(c => new { c.AgencyId, c.Day });
        builder.HasOne<HanoiDvc.Domain.Agencies.Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
