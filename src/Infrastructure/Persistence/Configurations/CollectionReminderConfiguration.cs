using HanoiDvc.Infrastructure.Notifications.Reminders;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class CollectionReminderConfiguration : IEntityTypeConfiguration<CollectionReminder>
{
    public void Configure(EntityTypeBuilder<CollectionReminder> builder)
    {
        builder.ToTable("collection_reminders");
        builder.HasKey(r => new { r.DossierId, r.Period }); // one reminder per dossier and period, whatever runs the job
    }
}
