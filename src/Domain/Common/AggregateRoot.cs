namespace HanoiDvc.Domain.Common;

/// <summary>Root of a consistency boundary: the only entry point that changes its state, and the source of its domain events.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Identifier (UUID v7, time-ordered).</summary>
    public Guid Id { get; protected init; }

    /// <summary>Events raised since the aggregate was loaded, not yet dispatched.</summary>
    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>Called by the persistence layer once the events have been handed over.</summary>
    public void ClearDomainEvents() => _domainEvents.Clear();
}
