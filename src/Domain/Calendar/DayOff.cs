namespace HanoiDvc.Domain.Calendar;

/// <summary>A day on which public offices are closed: a holiday, a compensatory day or a swapped working day.</summary>
/// <param name="Date">The local date.</param>
/// <param name="Name">What it is called, in Vietnamese (e.g. <c>Tết Nguyên đán</c>, <c>Nghỉ bù Quốc khánh</c>).</param>
/// <param name="Kind">Why the day is off.</param>
public sealed record DayOff(DateOnly Date, string Name, DayOffKind Kind)
{
    /// <summary>What it is called, in Vietnamese.</summary>
    public string Name { get; } = !string.IsNullOrWhiteSpace(Name)
        ? Name
        : throw new DomainException("calendar.unnamed_day", $"The day off on {Date:yyyy-MM-dd} needs a name.");

    /// <summary>Whether the date is a Saturday or a Sunday.</summary>
    public bool IsOnWeekend => Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
