using HanoiDvc.Domain.Common;

namespace HanoiDvc.Infrastructure.Outbox;

/// <summary>
/// The event types the outbox can read back, by the name stored in <c>outbox_messages.type</c>: every
/// <see cref="IDomainEvent"/> of the Domain and Application assemblies. Names must be unique (checked at start-up).
/// </summary>
internal sealed class OutboxEventTypes
{
    private readonly Dictionary<string, Type> _byName;

    public OutboxEventTypes()
    {
        var types = new[] { typeof(IDomainEvent).Assembly, typeof(Application.DependencyInjection).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
            .ToList();
        var duplicate = types.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two domain events are named {duplicate.Key} ({string.Join(", ", duplicate)}): the outbox stores events by name.");
        }

        _byName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The type stored as <paramref name="name"/>, or null when no such event exists any more.</summary>
    public Type? Find(string name) => _byName.GetValueOrDefault(name);
}
