using System.Diagnostics;

namespace HanoiDvc.Infrastructure.Observability;

/// <summary>The application's own telemetry: one <see cref="ActivitySource"/> and one meter, both named <see cref="Name"/>.</summary>
public static class Telemetry
{
    /// <summary>Name of the activity source and of the meter.</summary>
    public const string Name = "HanoiDvc";

    /// <summary>Spans of background work: Hangfire jobs and outbox deliveries.</summary>
    public static readonly ActivitySource Source = new(Name);
}
