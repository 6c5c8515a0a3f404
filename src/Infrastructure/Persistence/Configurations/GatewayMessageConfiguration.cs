using HanoiDvc.Domain.Payments;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class GatewayMessageConfiguration : IEntityTypeConfiguration<GatewayMessage>
{
    public void Configure(EntityTypeBuilder<GatewayMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Provider).HasMaxLength(20).IsRequired();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.OrderRef).HasMaxLength(100);
        builder.Property(m => m.Raw).IsRequired();
        builder.Property(m => m.Outcome).HasMaxLength(100).IsRequired();
        builder.HasIndex(m => new { m.OrderRef, m.ReceivedAt });
        // No foreign key to payments: a message naming no payment of ours is kept too.
    }
}
