using HanoiDvc.Application.Common.Auditing;
using HanoiDvc.Application.Common.Idempotency;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Complaints;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Files;
using HanoiDvc.Domain.PersonalDocuments;
using HanoiDvc.Domain.Integrations;
using HanoiDvc.Domain.Payments;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Infrastructure.Identity;
using HanoiDvc.Infrastructure.Notifications.Reminders;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>The application's PostgreSQL database: the aggregates and the Identity stores (schema <c>public</c>, snake_case names).</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), IAppDbContext
{
    private readonly List<object> _withNextChange = [];

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<AdministrativeLevel> AdministrativeLevels => Set<AdministrativeLevel>();

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<ProcedureVersion> ProcedureVersions => Set<ProcedureVersion>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<GatewayMessage> GatewayMessages => Set<GatewayMessage>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<PasswordResetToken> PasswordResetTokens => Set<PasswordResetToken>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<StagedFile> StagedFiles => Set<StagedFile>();

    public DbSet<PersonalDocument> PersonalDocuments => Set<PersonalDocument>();

    public DbSet<Notification> Notifications => Set<Notification>();

    internal DbSet<StepReminder> StepReminders => Set<StepReminder>();

    internal DbSet<OverdueDigest> OverdueDigests => Set<OverdueDigest>();

    internal DbSet<CollectionReminder> CollectionReminders => Set<CollectionReminder>();

    /// <summary>The audit trail, untracked: rows are added by <see cref="Auditing.AuditInterceptor"/> only.</summary>
    public IQueryable<AuditRecord> AuditRecords => Set<AuditRecord>().AsNoTracking();

    public void SaveWithNextChange(object entity) => _withNextChange.Add(entity);

    public void DiscardChanges() => ChangeTracker.Clear();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AddWithNextChange();
        PaymentSettlement.Apply(this);
        using (DetectedOnce())
        {
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            _withNextChange.Clear();
            return saved;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AddWithNextChange();
        await PaymentSettlement.ApplyAsync(this, cancellationToken);
        using (DetectedOnce())
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            _withNextChange.Clear();
            return saved;
        }
    }

    /// <summary>
    /// Compares the tracked entities with their snapshots once, before the save, and not again during it: the interceptors
    /// (audit, outbox, metrics) only read the tracker and add rows of their own, yet each of their reads — and EF's own
    /// before the save — would compare every property of every tracked entity again (six times per save, decision 0034).
    /// </summary>
    private AutoDetectRestorer DetectedOnce()
    {
        ChangeTracker.DetectChanges();
        var restorer = new AutoDetectRestorer(ChangeTracker, ChangeTracker.AutoDetectChangesEnabled);
        ChangeTracker.AutoDetectChangesEnabled = false;
        return restorer;
    }

    private readonly struct AutoDetectRestorer(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker, bool enabled) : IDisposable
    {
        public void Dispose() => tracker.AutoDetectChangesEnabled = enabled;
    }

    /// <summary>Tracks again what a cleared change tracker dropped (a retried save keeps it until one succeeds).</summary>
    private void AddWithNextChange()
    {
        foreach (var entity in _withNextChange.Where(e => Entry(e).State == EntityState.Detached))
        {
            Add(entity);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
