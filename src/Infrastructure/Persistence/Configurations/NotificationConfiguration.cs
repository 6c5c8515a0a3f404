using HanoiDvc.Application.Notifications;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.DossierReference).HasMaxLength(100);
        builder.Property(n => n.TitleVi).HasMaxLength(300);
        builder.Property(n => n.TitleEn).HasMaxLength(300);
        builder.Property(n => n.BodyVi).HasMaxLength(4000);
        builder.Property(n => n.BodyEn).HasMaxLength(4000);
        // One notification per (outbox message, recipient): a second delivery of the message adds nothing.
        builder.HasIndex(n => new { n.OutboxMessageId, n.RecipientId }).IsUnique();
        builder.HasIndex(n => new { n.RecipientId, n.Id });
        builder.HasIndex(n => n.RecipientId).HasDatabaseName("ix_notifications_unread").HasFilter("read_at IS NULL");
    }
}
