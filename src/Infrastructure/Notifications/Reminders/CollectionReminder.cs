namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>A reminder to collect a result was sent: its key (dossier, period) makes a second run in the same period, on any host, send nothing.</summary>
internal sealed class CollectionReminder
{
    /// <summary>The dossier whose result waits at the desk.</summary>
    public Guid DossierId { get; init; }

    /// <summary>1 for the first interval after the appointment, 2 for the next…</summary>
    public int Period { get; init; }

    /// <summary>When it was sent (UTC).</summary>
    public DateTimeOffset SentAt { get; init; }
}
