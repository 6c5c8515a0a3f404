using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Payments;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Provider).HasMaxLength(20).IsRequired();
        builder.Property(p => p.OrderRef).HasMaxLength(100).IsRequired();
        builder.HasIndex(p => p.OrderRef).IsUnique(); // every notification finds its payment by it
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.GatewayTransactionNo).HasMaxLength(50);
        builder.Property(p => p.GatewayResponseCode).HasMaxLength(10);
        builder.Property(p => p.BankCode).HasMaxLength(20);
        builder.Property(p => p.RefundReason).HasMaxLength(2000);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.DossierId);
        builder.HasIndex(p => p.ExpiresAt).HasDatabaseName("ix_payments_pending_expires_at").HasFilter("status = 'Pending'"); // the expiry job
        builder.HasIndex(p => new { p.BusinessDate, p.AgencyId, p.Status }); // reconciliation
        builder.Property<uint>("Version").IsRowVersion(); // xmin: of two notifications racing, one confirms, the other is a replay
        builder.Ignore(p => p.DomainEvents);
    }
}
