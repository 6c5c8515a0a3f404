using HanoiDvc.Infrastructure.Notifications.Reminders;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class StepReminderConfiguration : IEntityTypeConfiguration<StepReminder>
{
    public void Configure(EntityTypeBuilder<StepReminder> builder)
    {
        builder.ToTable("step_reminders");
        builder.HasKey(r => new { r.StepId, r.Point }); // one reminder per step and point, whatever runs the job
        builder.Property(r => r.Point).HasMaxLength(20);
        builder.HasIndex(r => r.DossierId);
    }
}
