namespace HanoiDvc.Domain.Calendar;

/// <summary>
/// A stop of the legal clock, e.g. while the applicant supplements the dossier.
/// An open pause (<see cref="To"/> is null) lasts until now.
/// </summary>
public readonly record struct ClockPause
{
    /// <summary>A pause from <paramref name="from"/> until <paramref name="to"/>, or still open when <paramref name="to"/> is null.</summary>
    /// <exception cref="DomainException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ClockPause(DateTimeOffset from, DateTimeOffset? to)
    {
        if (to < from)
        {
            throw new DomainException("calendar.invalid_pause", $"A pause cannot end ({to:O}) before it starts ({from:O}).");
        }

        From = from;
        To = to;
    }

    /// <summary>When the clock stopped.</summary>
    public DateTimeOffset From { get; }

    /// <summary>When the clock resumed, or null while the pause is open.</summary>
    public DateTimeOffset? To { get; }

    /// <summary>Whether the pause is still open.</summary>
    public bool IsOpen => To is null;
}
