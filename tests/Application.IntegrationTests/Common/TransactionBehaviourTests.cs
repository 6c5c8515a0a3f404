using System.Collections.Concurrent;
using HanoiDvc.Application.Common.Idempotency;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Common;

/// <summary>
/// An <see cref="ITransactionalCommand"/> runs whole in one transaction of real PostgreSQL, retried from its start with a
/// clean change tracker when the database fails transiently; a command it sends joins that transaction.
/// </summary>
public sealed class TransactionBehaviourTests : BaseTestFixture
{
    [Test]
    public async Task AHandlerThatFailsTransientlyOnce_IsRetriedFromAnEmptyChangeTracker_AndCommitsOnce()
    {
        await using var host = HostWithServices(s => s
            .AddSingleton<Attempts>()
            .AddScoped<IRequestHandler<FailsOnceWithASerializationFailure, int>, FailsOnceWithASerializationFailureHandler>());
        var key = $"tx-{Guid.NewGuid():N}";

        int attempts;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            attempts = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FailsOnceWithASerializationFailure(key));
        }

        attempts.ShouldBe(2);
        // The second try started with nothing tracked from the first (whose row was rolled back).
        host.Services.GetRequiredService<Attempts>().TrackedAtStart.ShouldBe([0, 0]);
        (await WithDbAsync(db => db.IdempotencyRecords.CountAsync(r => r.Key == key))).ShouldBe(1);
    }

    [Test]
    public async Task ACommandSentFromATransactionalHandler_JoinsItsTransaction()
    {
        await using var host = HostWithServices(s => s
            .AddScoped<IRequestHandler<Outer, (Guid? Outer, Guid? Inner)>, OuterHandler>()
            .AddScoped<IRequestHandler<Inner, Guid?>, InnerHandler>());

        await using var scope = host.Services.CreateAsyncScope();
        var (outer, inner) = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Outer());

        outer.ShouldNotBeNull();
        inner.ShouldBe(outer);
    }

    [Test]
    public async Task ACommandThatIsNotTransactional_RunsWithoutATransaction()
    {
        await using var host = HostWithServices(s => s.AddScoped<IRequestHandler<Plain, Guid?>, PlainHandler>());

        await using var scope = host.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Plain())).ShouldBeNull();
    }

    internal sealed class Attempts
    {
        private int _count;

        public ConcurrentQueue<int> TrackedAtStart { get; } = new();

        public int Next() => Interlocked.Increment(ref _count);
    }

    internal sealed record FailsOnceWithASerializationFailure(string Key) : IRequest<int>, ITransactionalCommand;

    internal sealed class FailsOnceWithASerializationFailureHandler(AppDbContext db, Attempts attempts) : IRequestHandler<FailsOnceWithASerializationFailure, int>
    {
        public async Task<int> Handle(FailsOnceWithASerializationFailure request, CancellationToken cancellationToken)
        {
            var attempt = attempts.Next();
            attempts.TrackedAtStart.Enqueue(db.ChangeTracker.Entries().Count());
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                UserId = Guid.CreateVersion7(), Key = request.Key, RequestHash = "hash", ResourceId = Guid.CreateVersion7(), CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(cancellationToken);
            if (attempt == 1)
            {
                // PostgreSQL itself answers 40001, as when a concurrent transaction wins; the row saved above is rolled back.
                await db.Database.ExecuteSqlRawAsync(
                    "DO $$ BEGIN RAISE EXCEPTION 'provoked by the test' USING ERRCODE = 'serialization_failure'; END $$", cancellationToken);
            }

            return attempt;
        }
    }

    internal sealed record Outer : IRequest<(Guid? Outer, Guid? Inner)>, ITransactionalCommand;

    internal sealed class OuterHandler(AppDbContext db, IMediator mediator) : IRequestHandler<Outer, (Guid? Outer, Guid? Inner)>
    {
        public async Task<(Guid? Outer, Guid? Inner)> Handle(Outer request, CancellationToken cancellationToken) =>
            (db.Database.CurrentTransaction?.TransactionId, await mediator.Send(new Inner(), cancellationToken));
    }

    internal sealed record Inner : IRequest<Guid?>, ITransactionalCommand;

    internal sealed class InnerHandler(AppDbContext db) : IRequestHandler<Inner, Guid?>
    {
        public Task<Guid?> Handle(Inner request, CancellationToken cancellationToken) => Task.FromResult(db.Database.CurrentTransaction?.TransactionId);
    }

    internal sealed record Plain : IRequest<Guid?>;

    internal sealed class PlainHandler(AppDbContext db) : IRequestHandler<Plain, Guid?>
    {
        public Task<Guid?> Handle(Plain request, CancellationToken cancellationToken) => Task.FromResult(db.Database.CurrentTransaction?.TransactionId);
    }
}
