using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Notifications;

/// <summary>
/// Turns one event type into the notices it causes (who is told what). One small class per event type; classes are
/// found by assembly scan, so a new event (a payment confirmed, a result issued…) needs only a new class.
/// </summary>
/// <typeparam name="TEvent">The event.</typeparam>
public interface INotificationMapping<in TEvent>
    where TEvent : IDomainEvent
{
    /// <summary>The notices for <paramref name="domainEvent"/>; empty when nobody is to be told.</summary>
    Task<IReadOnlyList<Notice>> NoticesAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Any other reaction to an event delivered from the outbox (e.g. scheduling reminders). Runs inside the dispatcher's
/// transaction and may run again for the same message after a crash: it must be idempotent, keyed by the outbox message id
/// or by state it checks.
/// </summary>
/// <typeparam name="TEvent">The event.</typeparam>
public interface IOutboxHandler<in TEvent>
    where TEvent : IDomainEvent
{
    /// <summary>Reacts to <paramref name="domainEvent"/>.</summary>
    Task HandleAsync(TEvent domainEvent, Guid outboxMessageId, CancellationToken cancellationToken);
}
