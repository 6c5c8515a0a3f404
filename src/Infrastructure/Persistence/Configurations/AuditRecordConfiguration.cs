using HanoiDvc.Application.Common.Auditing;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

/// <summary>The append-only audit trail; a trigger (Persistence/Migrations/BaselineSql.cs) refuses UPDATE and DELETE.</summary>
internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("audit_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.UserName).HasMaxLength(200);
        builder.Property(r => r.ClientIp).HasMaxLength(45);
        builder.Property(r => r.CorrelationId).HasMaxLength(64);
        builder.Property(r => r.UseCase).HasMaxLength(100);
        builder.Property(r => r.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(r => r.EntityId).HasMaxLength(200).IsRequired();
        builder.Property(r => r.ChangeKind).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Before).HasColumnType("jsonb");
        builder.Property(r => r.After).HasColumnType("jsonb");
        builder.HasIndex(r => new { r.EntityType, r.EntityId, r.At });
        builder.HasIndex(r => new { r.UserId, r.At });
    }
}
