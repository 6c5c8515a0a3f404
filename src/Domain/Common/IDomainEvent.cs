namespace HanoiDvc.Domain.Common;

/// <summary>Something that happened in the domain, published after the transaction that caused it commits.</summary>
public interface IDomainEvent
{
    /// <summary>When it happened (UTC).</summary>
    DateTimeOffset OccurredAt { get; }
}
