using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("api_clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.ContactEmail).HasMaxLength(256).IsRequired();
        builder.Property(c => c.SecretHash).HasMaxLength(64).IsRequired();
        builder.Property(c => c.PreviousSecretHash).HasMaxLength(64);
        builder.Ignore(c => c.Scopes);
        builder.Ignore(c => c.AgencyIds);
        builder.Ignore(c => c.IsEnabled);
        builder.Ignore(c => c.Source);
        builder.Property<List<string>>("_scopes").HasColumnName("scopes").HasJsonListConversion();
        builder.Property<List<Guid>>("_agencyIds").HasColumnName("agency_ids").HasJsonListConversion();
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<ApiClient>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ClientId);
        builder.Property(s => s.Url).HasMaxLength(2000).IsRequired();
        builder.Property(s => s.SigningSecret).HasMaxLength(100).IsRequired();
        builder.Property(s => s.PreviousSigningSecret).HasMaxLength(100);
        builder.Property(s => s.DisabledReason).HasMaxLength(200);
        builder.Ignore(s => s.Events);
        builder.Ignore(s => s.IsActive);
        builder.Property<List<string>>("_events").HasColumnName("events").HasJsonListConversion();
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        // One delivery per event and subscription: an outbox message handled twice adds nothing.
        builder.HasIndex(d => new { d.SubscriptionId, d.OutboxMessageId }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.Property(d => d.EventType).HasMaxLength(50).IsRequired();
        builder.Property(d => d.Payload).IsRequired();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Attempts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> builder)
    {
        builder.ToTable("webhook_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Error).HasMaxLength(1000);
        builder.Ignore(a => a.Succeeded);
    }
}
