using HanoiDvc.Infrastructure.Notifications.Reminders;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class OverdueDigestConfiguration : IEntityTypeConfiguration<OverdueDigest>
{
    public void Configure(EntityTypeBuilder<OverdueDigest> builder)
    {
        builder.ToTable("overdue_digests");
        builder.HasKey(d => new { d.AgencyId, d.Date }); // one apology list per agency and day
    }
}
