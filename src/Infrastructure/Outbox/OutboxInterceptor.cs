using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Infrastructure.Outbox;

/// <summary>
/// Turns the domain events of the tracked aggregates into <see cref="OutboxMessage"/> rows just before a save, so they
/// are written in the same transaction as the state change (and its audit records): a failed save writes neither. The
/// aggregates' events are cleared only once the save succeeded, so a retried save writes them again, once.
/// </summary>
internal sealed class OutboxInterceptor(TimeProvider clock) : SaveChangesHooks
{
    private List<(AggregateRoot Aggregate, OutboxMessage[] Messages)> _pending = [];

    protected override void BeforeSave(DbContext? db) => Capture(db);

    protected override void AfterSave(DbContext? db) => Clear();

    protected override void AfterFailure(DbContext? db) => Discard(db);

    private void Capture(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        Discard(db);
        var now = clock.GetUtcNow();
        foreach (var entry in db.ChangeTracker.Entries<AggregateRoot>())
        {
            if (entry.Entity.DomainEvents.Count == 0 || entry.State == EntityState.Detached)
            {
                continue;
            }

            var messages = entry.Entity.DomainEvents.Select(e => OutboxMessage.For(e, now)).ToArray();
            _pending.Add((entry.Entity, messages));
        }

        foreach (var (_, messages) in _pending)
        {
            db.AddRange(messages);
        }
    }

    /// <summary>The save went through: the events are handed over.</summary>
    private void Clear()
    {
        foreach (var (aggregate, _) in _pending)
        {
            aggregate.ClearDomainEvents();
        }

        _pending = [];
    }

    /// <summary>The save failed: forget the rows (the events stay on the aggregates for a retried save).</summary>
    private void Discard(DbContext? db)
    {
        if (db is not null)
        {
            foreach (var message in _pending.SelectMany(p => p.Messages))
            {
                db.Entry(message).State = EntityState.Detached;
            }
        }

        _pending = [];
    }
}
