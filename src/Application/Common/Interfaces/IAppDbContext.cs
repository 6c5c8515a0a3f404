using HanoiDvc.Domain.Accounts;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Complaints;
using HanoiDvc.Domain.Files;
using HanoiDvc.Domain.PersonalDocuments;
using HanoiDvc.Domain.Integrations;
using HanoiDvc.Domain.Payments;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Application.Common.Auditing;
using HanoiDvc.Application.Common.Idempotency;
using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Application.Notifications;

namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>The unit of work the use cases see: the aggregates' sets and one save.</summary>
public interface IAppDbContext
{
    DbSet<Agency> Agencies { get; }

    DbSet<AdministrativeLevel> AdministrativeLevels { get; }

    DbSet<Procedure> Procedures { get; }

    DbSet<ProcedureVersion> ProcedureVersions { get; }

    DbSet<CalendarYear> CalendarYears { get; }

    DbSet<Dossier> Dossiers { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    /// <summary>Events waiting for delivery; the persistence layer adds the aggregates' events itself.</summary>
    DbSet<OutboxMessage> OutboxMessages { get; }

    /// <summary>In-app notifications.</summary>
    DbSet<Notification> Notifications { get; }
    DbSet<Payment> Payments { get; }

    /// <summary>Complaints and petitions (phản ánh, kiến nghị).</summary>
    DbSet<Complaint> Complaints { get; }

    /// <summary>Every message exchanged with a payment gateway, raw, for reconciliation.</summary>
    DbSet<GatewayMessage> GatewayMessages { get; }

    /// <summary>
    /// Saves <paramref name="entity"/> with the next successful save of this context, even when the use case clears the
    /// change tracker before it (as those retried by the execution strategy do): what must commit with a change whatever
    /// handler makes it, such as an idempotency record.
    /// </summary>
    void SaveWithNextChange(object entity);

    /// <summary>
    /// Forgets every entity loaded or added so far, changes not saved included: after a save lost a race, before reading
    /// what the winner wrote. (A command that needs one transaction is an <see cref="ITransactionalCommand"/>.)
    /// </summary>
    void DiscardChanges();

    DbSet<RefreshToken> RefreshTokens { get; }

    /// <summary>Password reset links (hashes only).</summary>
    DbSet<PasswordResetToken> PasswordResetTokens { get; }

    /// <summary>Integrators (OAuth2 client credentials).</summary>
    DbSet<ApiClient> ApiClients { get; }

    DbSet<WebhookSubscription> WebhookSubscriptions { get; }

    /// <summary>Webhook deliveries with their attempts (the delivery log).</summary>
    DbSet<WebhookDelivery> WebhookDeliveries { get; }

    /// <summary>Uploads waiting to be named by their hash, each usable by its uploader only (see <see cref="StagedFile"/>).</summary>
    DbSet<StagedFile> StagedFiles { get; }

    /// <summary>The applicants' own document stores, each document read by its owner only (see <see cref="PersonalDocument"/>).</summary>
    DbSet<PersonalDocument> PersonalDocuments { get; }

    /// <summary>The audit trail, read-only (untracked): records are written by the persistence layer, never by use cases.</summary>
    IQueryable<AuditRecord> AuditRecords { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
