namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>A reminder that was sent: its key (step, point) makes a second run of the same job, on any host, send nothing.</summary>
internal sealed class StepReminder
{
    /// <summary>The step (hand-over) reminded of.</summary>
    public Guid StepId { get; init; }

    /// <summary>Which point (e.g. <c>75%</c>, <c>-1d</c>).</summary>
    public string Point { get; init; } = null!;

    /// <summary>The dossier.</summary>
    public Guid DossierId { get; init; }

    /// <summary>When it was sent (UTC).</summary>
    public DateTimeOffset SentAt { get; init; }
}

/// <summary>The apology list of one agency was sent for this (Hanoi) date.</summary>
internal sealed class OverdueDigest
{
    /// <summary>The agency.</summary>
    public Guid AgencyId { get; init; }

    /// <summary>The date of the morning check.</summary>
    public DateOnly Date { get; init; }
}
