using Hangfire;
using HanoiDvc.Domain.Payments;

namespace HanoiDvc.Infrastructure.Payments;

/// <summary>
/// Records as expired the pending payments whose link expired without a notification (every five minutes): the gateway no
/// longer takes them, and the sandbox gateway has no status query to ask instead. Reads already show them expired
/// (<c>PaymentDto.From</c>); a notification that still comes later confirms or fails them as usual.
/// </summary>
public sealed class PaymentExpiryJob(AppDbContext db, TimeProvider clock)
{
    /// <summary>Recurring job id.</summary>
    public const string JobId = "payments-expire-pending";

    private const int Batch = 500;

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var expired = 0;
        while (true)
        {
            var now = clock.GetUtcNow();
            db.ChangeTracker.Clear();
            var batch = await db.Payments.Where(p => p.Status == PaymentStatus.Pending && p.ExpiresAt <= now)
                .OrderBy(p => p.ExpiresAt).Take(Batch).ToListAsync(cancellationToken);
            var changed = batch.Count(p => p.Expire(now));
            // A notification that confirms one of them at the same moment wins (xmin): the next run sees it settled.
            await db.SaveChangesAsync(cancellationToken);
            expired += changed;
            if (batch.Count < Batch)
            {
                return expired;
            }
        }
    }
}
