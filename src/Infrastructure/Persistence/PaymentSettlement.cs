using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Payments;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>
/// The one place that persists the settlement a dossier decides when it closes without a result
/// (<see cref="DossierFeesRefunded"/>): before every save, the payment that paid the fees records the refund, so the
/// dossier and its payment change together whichever path closed it (an official, the applicant, an integrator, a job).
/// </summary>
internal static class PaymentSettlement
{
    public static async Task ApplyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        foreach (var refund in Pending(db))
        {
            Apply(await db.Payments.SingleAsync(p => p.Id == refund.PaymentId, cancellationToken), refund);
        }
    }

    public static void Apply(AppDbContext db)
    {
        foreach (var refund in Pending(db))
        {
            Apply(db.Payments.Single(p => p.Id == refund.PaymentId), refund);
        }
    }

    private static List<DossierFeesRefunded> Pending(AppDbContext db) =>
        [.. db.ChangeTracker.Entries<Dossier>().Where(e => e.State != EntityState.Detached).SelectMany(e => e.Entity.DomainEvents.OfType<DossierFeesRefunded>())];

    private static void Apply(Payment payment, DossierFeesRefunded refund)
    {
        // A save retried after a failure meets the refund it already recorded on the tracked payment.
        if (payment.Status == PaymentStatus.Refunded && payment.RefundedAt == refund.OccurredAt)
        {
            return;
        }

        payment.RecordRefund(refund.Reason, refund.OccurredAt);
    }
}
