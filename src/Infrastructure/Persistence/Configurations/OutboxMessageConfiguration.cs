using HanoiDvc.Application.Common.Outbox;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(200);
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.Property(m => m.LastError).HasMaxLength(4000);
        // What the dispatcher claims: pending messages by due time (sent and given-up ones leave the index).
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL AND failed_at IS NULL");
    }
}
