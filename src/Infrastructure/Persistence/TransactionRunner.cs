using HanoiDvc.Application.Common.Interfaces;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>
/// The execution strategy (retries on transient failures, <c>Database:MaxRetryCount</c>) around one explicit transaction
/// of the request's <see cref="AppDbContext"/>; each try starts from an empty change tracker, so nothing a failed try
/// loaded or added leaks into the next.
/// </summary>
internal sealed class TransactionRunner(AppDbContext db) : ITransactionRunner
{
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // Sent from inside a transactional handler: its transaction (and its retry) covers this work too.
            return await work();
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        });
    }
}
