using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;
using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Domain.Common;
using HanoiDvc.Infrastructure.Notifications;
using HanoiDvc.Infrastructure.Observability;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.Infrastructure.Outbox;

/// <summary>
/// Delivers pending outbox messages, one transaction per message: claim the oldest due row with
/// <c>FOR UPDATE SKIP LOCKED</c> (so any number of processes share the work and never take the same row), run its
/// notification mappings and handlers in the same transaction, mark it sent, commit. A failing message is rolled back to
/// a savepoint and rescheduled with exponential back-off; after <see cref="OutboxOptions.MaxAttempts"/> it is given up
/// and stays in the table with its last error. Each delivery is a span; the time from writing to delivery and, every
/// <see cref="OutboxOptions.BacklogSampleInterval"/>, the number of waiting messages go to <see cref="HanoiDvcMetrics"/>.
/// </summary>
public sealed partial class OutboxProcessor(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, HanoiDvcMetrics metrics, ILogger<OutboxProcessor> logger)
{
    private static readonly MethodInfo DispatchMethod = typeof(OutboxProcessor).GetMethod(nameof(DispatchAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly OutboxEventTypes Types = new();
    private DateTimeOffset _sampledAt = DateTimeOffset.MinValue;

    /// <summary>Delivers up to one batch of due messages; returns how many were handled (sent or failed).</summary>
    public async Task<int> ProcessAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        while (handled < options.Value.BatchSize && await ProcessOneAsync(cancellationToken))
        {
            handled++;
        }

        await SampleBacklogAsync(cancellationToken);
        return handled;
    }

    private async Task SampleBacklogAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // (A clock set back, as tests and time corrections do, samples at once.)
        if (now >= _sampledAt && now - _sampledAt < options.Value.BacklogSampleInterval)
        {
            return;
        }

        _sampledAt = now;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var backlog = await db.Database.SqlQuery<OutboxBacklogRow>(
            $"SELECT count(*) AS waiting, min(created_at) AS oldest FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL")
            .SingleAsync(cancellationToken);
        metrics.OutboxSampled(backlog.Waiting, backlog.Oldest);
    }

    private async Task<bool> ProcessOneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var message = await db.OutboxMessages
                .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {now} ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .SingleOrDefaultAsync(cancellationToken);
            if (message is null)
            {
                return false;
            }

            using var activity = Telemetry.Source.StartActivity($"outbox {message.Type}");
            activity?.SetTag("outbox.message.id", message.Id);
            await transaction.CreateSavepointAsync("deliver", cancellationToken);
            DateTimeOffset? sentAt = null;
            try
            {
                await DeliverAsync(scope.ServiceProvider, message, cancellationToken);
                message.MarkSent(clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                sentAt = message.SentAt;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                await RollBackDeliveryAsync(transaction, message, ex, cancellationToken);
                db.ChangeTracker.Clear();
                await RecordFailureAsync(db, message, ex, now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            if (sentAt is { } sent)
            {
                metrics.OutboxMessageSent(message.Type, message.CreatedAt, sent);
            }

            return true;
        });
    }

    /// <summary>
    /// Undoes the delivery's work. When the connection itself was lost (PostgreSQL stopped, the backend terminated) the
    /// transaction is gone and so is the savepoint: the delivery's error is the cause, logged and thrown again, so the
    /// execution strategy retries it on a new connection and the log names it, not the rollback that could not run.
    /// </summary>
    private async Task RollBackDeliveryAsync(
        IDbContextTransaction transaction, OutboxMessage message, Exception cause, CancellationToken cancellationToken)
    {
        try
        {
            await transaction.RollbackToSavepointAsync("deliver", cancellationToken);
        }
        catch (Exception rollbackError) when (rollbackError is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTransactionLost(logger, cause, message.Id, message.Type);
            LogRollbackFailed(logger, rollbackError, message.Id);
            ExceptionDispatchInfo.Throw(cause);
        }
    }

    private async Task RecordFailureAsync(AppDbContext db, OutboxMessage message, Exception error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        var givenUp = attempts >= options.Value.MaxAttempts;
        var retryAt = now + options.Value.FirstRetryDelay * Math.Pow(2, attempts - 1);
        DateTimeOffset? failedAt = givenUp ? now : null;
        var text = $"{error.GetType().Name}: {error.Message}";
        text = text.Length > 4000 ? text[..4000] : text;
        if (givenUp)
        {
            LogGivenUp(logger, error, message.Id, message.Type, attempts);
        }
        else
        {
            LogRetry(logger, error, message.Id, message.Type, attempts, retryAt);
        }

        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, text)
            .SetProperty(m => m.NextAttemptAt, retryAt)
            .SetProperty(m => m.FailedAt, failedAt), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {OutboxId} ({Type}) failed {Attempts} times and was given up")]
    private static partial void LogGivenUp(ILogger logger, Exception error, Guid outboxId, string type, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {OutboxId} ({Type}) failed and its transaction was lost with the database connection; it is tried again")]
    private static partial void LogTransactionLost(ILogger logger, Exception cause, Guid outboxId, string type);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox message {OutboxId}: the rollback to its savepoint failed too")]
    private static partial void LogRollbackFailed(ILogger logger, Exception rollbackError, Guid outboxId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {OutboxId} ({Type}) failed (attempt {Attempts}); retry at {RetryAt}")]
    private static partial void LogRetry(ILogger logger, Exception error, Guid outboxId, string type, int attempts, DateTimeOffset retryAt);

    private static Task DeliverAsync(IServiceProvider services, OutboxMessage message, CancellationToken cancellationToken)
    {
        // An event type that no longer exists has nobody to tell: it is marked sent.
        if (Types.Find(message.Type) is not { } type)
        {
            return Task.CompletedTask;
        }

        return (Task)DispatchMethod.MakeGenericMethod(type).Invoke(null, [services, message.Read(type), message.Id, cancellationToken])!;
    }

    private static async Task DispatchAsync<TEvent>(IServiceProvider services, TEvent domainEvent, Guid outboxMessageId, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        var notices = new List<Notice>();
        foreach (var mapping in services.GetServices<INotificationMapping<TEvent>>())
        {
            notices.AddRange(await mapping.NoticesAsync(domainEvent, cancellationToken));
        }

        await services.GetRequiredService<NotificationDelivery>().DeliverAsync(outboxMessageId, notices, cancellationToken);
        foreach (var handler in services.GetServices<IOutboxHandler<TEvent>>())
        {
            await handler.HandleAsync(domainEvent, outboxMessageId, cancellationToken);
        }
    }

    private sealed record OutboxBacklogRow(long Waiting, DateTimeOffset? Oldest);
}
