using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>The shape of <c>calendar/&lt;year&gt;.json</c>.</summary>
internal sealed record CalendarSeed(
    int Year,
    ScheduleStatus Status,
    IReadOnlyList<string> Sources,
    IReadOnlyList<CalendarSeed.Day> DaysOff,
    IReadOnlyList<CalendarSeed.WorkingDay> MakeUpWorkingDays)
{
    public CalendarYear ToCalendarYear()
    {
        var daysOff = DaysOff.Select(d => new DayOff(d.Date, d.Name, d.Kind));
        var makeUps = MakeUpWorkingDays.Select(d => new MakeUpWorkingDay(d.Date, d.Name, d.Replaces));
        return Status == ScheduleStatus.Official
            ? CalendarYear.Official(Year, Sources, daysOff, makeUps)
            : CalendarYear.Proposed(Year, Sources, daysOff, makeUps);
    }

    internal sealed record Day(DateOnly Date, string Name, DayOffKind Kind);

    internal sealed record WorkingDay(DateOnly Date, string Name, DateOnly? Replaces);
}
