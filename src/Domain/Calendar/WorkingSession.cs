namespace HanoiDvc.Domain.Calendar;

/// <summary>One working session of a day, from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), in local time.</summary>
public readonly record struct WorkingSession
{
    /// <summary>A session; <paramref name="start"/> must be before <paramref name="end"/>.</summary>
    /// <exception cref="DomainException">The session is empty or reversed.</exception>
    public WorkingSession(TimeOnly start, TimeOnly end)
    {
        if (start >= end)
        {
            throw new DomainException("calendar.invalid_session", $"A working session must start before it ends ({start:HH\\:mm}–{end:HH\\:mm}).");
        }

        Start = start;
        End = end;
    }

    /// <summary>The local time the session opens.</summary>
    public TimeOnly Start { get; }

    /// <summary>The local time the session closes.</summary>
    public TimeOnly End { get; }

    /// <summary>The working time the session holds.</summary>
    public WorkingDuration Length => WorkingDuration.FromMinutes((long)(End - Start).TotalMinutes);

    /// <summary>Whether <paramref name="time"/> lies inside the session (start inclusive, end exclusive).</summary>
    public bool Contains(TimeOnly time) => time >= Start && time < End;
}
