using HanoiDvc.Application.Integrations.NationalPortal;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Payments.Events;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.Infrastructure.Integrations;

/// <summary>
/// Tells the national portal every status change of a submitted dossier, in its vocabulary (<see cref="NationalPortalStatus"/>),
/// from the outbox: the dossier's status after the event, so a late or repeated message sends the current state. Fees due
/// online make it "yêu cầu thực hiện nghĩa vụ tài chính" on the transition that makes them due (submission, or approval when
/// they are due before the result); the confirmed payment sends the status that applies again.
/// </summary>
internal sealed class NationalPortalSynchronisation(AppDbContext db, INationalPortalSync portal)
    : IOutboxHandler<DossierSubmitted>, IOutboxHandler<DossierReceived>, IOutboxHandler<DossierRejected>, IOutboxHandler<SupplementRequested>,
        IOutboxHandler<SupplementProvided>, IOutboxHandler<DossierAssigned>, IOutboxHandler<DossierSubmittedForApproval>, IOutboxHandler<DossierApproved>,
        IOutboxHandler<DossierRefused>, IOutboxHandler<DossierProcessingStopped>, IOutboxHandler<DossierWithdrawn>, IOutboxHandler<ResultReturned>,
        IOutboxHandler<PaymentConfirmed>
{
    public Task HandleAsync(DossierSubmitted e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(DossierReceived e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(DossierRejected e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(SupplementRequested e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(SupplementProvided e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(DossierAssigned e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(DossierSubmittedForApproval e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(DossierApproved e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(DossierRefused e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(DossierProcessingStopped e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(DossierWithdrawn e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(ResultReturned e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    public Task HandleAsync(PaymentConfirmed e, Guid outboxMessageId, CancellationToken cancellationToken) => SendAsync(e.DossierId, e.OccurredAt, outboxMessageId, cancellationToken);

    private async Task SendAsync(Guid dossierId, DateTimeOffset at, Guid outboxMessageId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier is null || NationalPortalStatus.Of(dossier) is not { } status)
        {
            return;
        }

        await portal.SendAsync(new NationalPortalUpdate(dossier.Id, dossier.Code?.Value, dossier.TrackingNumber, status, at.ToUniversalTime(), outboxMessageId), cancellationToken);
    }
}

/// <summary>Until the national portal's service is connected: writes each update to the log (and keeps the last ones for tests).</summary>
public sealed partial class LoggingNationalPortalSync(ILogger<LoggingNationalPortalSync> logger) : INationalPortalSync
{
    private static readonly System.Collections.Concurrent.ConcurrentQueue<NationalPortalUpdate> Recent = new();

    /// <summary>The most recent updates sent in this process (at most 1,000).</summary>
    public static IReadOnlyCollection<NationalPortalUpdate> RecentUpdates => Recent.ToArray();

    public Task SendAsync(NationalPortalUpdate update, CancellationToken cancellationToken)
    {
        Recent.Enqueue(update);
        while (Recent.Count > 1000 && Recent.TryDequeue(out _))
        {
        }

        LogUpdate(logger, update.DossierId, update.Code ?? update.TrackingNumber, update.Status, update.At);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "National portal: dossier {DossierId} ({Reference}) is now {Status} at {At}")]
    private static partial void LogUpdate(ILogger logger, Guid dossierId, string? reference, string status, DateTimeOffset at);
}
