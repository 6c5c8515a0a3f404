namespace HanoiDvc.Domain.Calendar;

/// <summary>
/// The daily working sessions of an agency, in local time, ordered and non-overlapping.
/// The civil-service default is 08:00–12:00 and 13:00–17:00.
/// </summary>
public sealed class WorkingHours
{
    /// <summary>The sessions; they must be in order and must not overlap.</summary>
    /// <exception cref="DomainException">No session, sessions out of order, or overlapping sessions.</exception>
    public WorkingHours(IEnumerable<WorkingSession> sessions)
    {
        var list = sessions.ToArray();
        if (list.Length == 0)
        {
            throw new DomainException("calendar.no_session", "Working hours need at least one session.");
        }

        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].Start < list[i - 1].End)
            {
                throw new DomainException(
                    "calendar.overlapping_sessions",
                    $"Working sessions must be ordered and must not overlap ({list[i - 1].Start:HH\\:mm}–{list[i - 1].End:HH\\:mm}, {list[i].Start:HH\\:mm}–{list[i].End:HH\\:mm}).");
            }
        }

        Sessions = list;
        PerDay = list.Aggregate(WorkingDuration.Zero, (total, session) => total + session.Length);
    }

    /// <summary>08:00–12:00 and 13:00–17:00.</summary>
    public static WorkingHours Default { get; } = new(
    [
        new WorkingSession(new TimeOnly(8, 0), new TimeOnly(12, 0)),
        new WorkingSession(new TimeOnly(13, 0), new TimeOnly(17, 0)),
    ]);

    /// <summary>The sessions, in order.</summary>
    public IReadOnlyList<WorkingSession> Sessions { get; }

    /// <summary>The working time of one full working day.</summary>
    public WorkingDuration PerDay { get; }

    /// <summary>The opening time of the first session.</summary>
    public TimeOnly Opening => Sessions[0].Start;

    /// <summary>The closing time of the last session.</summary>
    public TimeOnly Closing => Sessions[^1].End;
}
