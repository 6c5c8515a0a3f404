namespace HanoiDvc.Infrastructure.Outbox;

/// <summary>Configuration section <c>Outbox</c>: how the dispatcher delivers domain events.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Whether this process runs the dispatcher (off in tests, which call <see cref="OutboxProcessor"/> themselves).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>Pause between polls when the outbox is empty.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Messages delivered per poll at most.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts before a message is given up (kept with <c>failed_at</c> and its last error).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Back-off after the first failure; doubled after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the dispatcher counts the waiting messages for the backlog gauges (one small query).</summary>
    public TimeSpan BacklogSampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}
