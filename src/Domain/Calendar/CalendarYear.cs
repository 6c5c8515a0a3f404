namespace HanoiDvc.Domain.Calendar;

/// <summary>
/// One year's schedule of days off and make-up working days, as decided (<see cref="ScheduleStatus.Official"/>,
/// with its sources) or as proposed from the rules (<see cref="ScheduleStatus.Proposed"/>).
/// Plain weekends are not listed; a holiday on a weekend is, together with its compensatory day.
/// </summary>
public sealed class CalendarYear
{
    private CalendarYear()
    {
    }

    private CalendarYear(int year, ScheduleStatus status, IEnumerable<string> sources, IEnumerable<DayOff> daysOff, IEnumerable<MakeUpWorkingDay> makeUpWorkingDays)
    {
        if (year is < 1 or > 9998)
        {
            throw new DomainException("calendar.invalid_year", $"{year} is not a supported year.");
        }

        Year = year;
        Apply(status, sources, daysOff, makeUpWorkingDays);
    }

    /// <summary>
    /// Replaces the year's schedule (an administrator confirms a proposal, or the government changes its decision).
    /// The whole new schedule is checked; on failure nothing changes.
    /// </summary>
    /// <exception cref="DomainException">The new schedule breaks a rule.</exception>
    public void Revise(ScheduleStatus status, IEnumerable<string> sources, IEnumerable<DayOff> daysOff, IEnumerable<MakeUpWorkingDay> makeUpWorkingDays)
    {
        var checkedCopy = new CalendarYear(Year, status, sources, daysOff, makeUpWorkingDays);
        Apply(checkedCopy.Status, checkedCopy.Sources, checkedCopy.DaysOff, checkedCopy.MakeUpWorkingDays);
    }

    private void Apply(ScheduleStatus status, IEnumerable<string> sources, IEnumerable<DayOff> daysOff, IEnumerable<MakeUpWorkingDay> makeUpWorkingDays)
    {
        Status = status;
        Sources = sources.Where(s => !string.IsNullOrWhiteSpace(s)).ToArray();
        DaysOff = daysOff.OrderBy(d => d.Date).ToArray();
        MakeUpWorkingDays = makeUpWorkingDays.OrderBy(d => d.Date).ToArray();

        if (status == ScheduleStatus.Official && Sources.Count == 0)
        {
            throw new DomainException("calendar.missing_source", $"The official schedule of {Year} must name its sources.");
        }

        Validate();
    }

    /// <summary>The Gregorian year.</summary>
    public int Year { get; private set; }

    /// <summary>Decided or only proposed.</summary>
    public ScheduleStatus Status { get; private set; }

    /// <summary>The documents the schedule comes from (e.g. <c>Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024</c>), or the basis of a proposal.</summary>
    public IReadOnlyList<string> Sources { get; private set; } = [];

    /// <summary>The days off in date order, all within <see cref="Year"/>.</summary>
    public IReadOnlyList<DayOff> DaysOff { get; private set; } = [];

    /// <summary>The make-up working days in date order (one may fall in the last days of the previous year).</summary>
    public IReadOnlyList<MakeUpWorkingDay> MakeUpWorkingDays { get; private set; } = [];

    /// <summary>A decided schedule; <paramref name="sources"/> must name at least one document.</summary>
    /// <exception cref="DomainException">No source, or inconsistent days (see <see cref="Proposed"/>).</exception>
    public static CalendarYear Official(int year, IEnumerable<string> sources, IEnumerable<DayOff> daysOff, IEnumerable<MakeUpWorkingDay> makeUpWorkingDays) =>
        new(year, ScheduleStatus.Official, sources, daysOff, makeUpWorkingDays);

    /// <summary>A proposed schedule, with the basis it was derived from.</summary>
    /// <exception cref="DomainException">
    /// A day off outside the year, a date listed twice or both off and worked, a compensatory or swapped day on a weekend,
    /// a make-up day on a weekday, or a make-up day replacing a date that is not a swapped day of this year.
    /// </exception>
    public static CalendarYear Proposed(int year, IEnumerable<string> basis, IEnumerable<DayOff> daysOff, IEnumerable<MakeUpWorkingDay> makeUpWorkingDays) =>
        new(year, ScheduleStatus.Proposed, basis, daysOff, makeUpWorkingDays);

    private void Validate()
    {
        var offDates = new HashSet<DateOnly>();
        foreach (var day in DaysOff)
        {
            if (day.Date.Year != Year)
            {
                throw Invalid($"{day.Date:yyyy-MM-dd} ({day.Name}) is not in {Year}.");
            }

            if (!offDates.Add(day.Date))
            {
                throw Invalid($"{day.Date:yyyy-MM-dd} is listed twice as a day off.");
            }

            if (day.Kind != DayOffKind.Holiday && day.IsOnWeekend)
            {
                throw Invalid($"{day.Date:yyyy-MM-dd} ({day.Name}) is a {day.Kind} day on a weekend.");
            }
        }

        var workDates = new HashSet<DateOnly>();
        foreach (var day in MakeUpWorkingDays)
        {
            if (day.Date.Year != Year && day.Date.Year != Year - 1)
            {
                throw Invalid($"The make-up working day {day.Date:yyyy-MM-dd} is too far from {Year}.");
            }

            if (!workDates.Add(day.Date) || offDates.Contains(day.Date))
            {
                throw Invalid($"{day.Date:yyyy-MM-dd} is listed twice, or both as a day off and as a working day.");
            }

            if (day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw Invalid($"The make-up working day {day.Date:yyyy-MM-dd} is already a working day.");
            }

            if (day.ReplacesDate is { } replaced && !DaysOff.Any(d => d.Date == replaced && d.Kind == DayOffKind.Swapped))
            {
                throw Invalid($"The make-up working day {day.Date:yyyy-MM-dd} replaces {replaced:yyyy-MM-dd}, which is not a swapped day off of {Year}.");
            }
        }
    }

    private static DomainException Invalid(string message) => new("calendar.invalid_schedule", message);
}
