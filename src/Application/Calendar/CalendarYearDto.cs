using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Calendar;

/// <summary>A year's schedule of days off and make-up working days.</summary>
/// <param name="Year">The year.</param>
/// <param name="Status">Official (decided, with sources) or Proposed (generated from the rules).</param>
/// <param name="Sources">The decisions it follows, or the rules a proposal was generated from.</param>
/// <param name="DaysOff">Days that would otherwise be working days, and holidays on weekends.</param>
/// <param name="MakeUpWorkingDays">Weekend days that are working days.</param>
public sealed record CalendarYearDto(
    int Year,
    ScheduleStatus Status,
    IReadOnlyList<string> Sources,
    IReadOnlyList<DayOff> DaysOff,
    IReadOnlyList<MakeUpWorkingDay> MakeUpWorkingDays)
{
    internal static CalendarYearDto From(CalendarYear year) => new(year.Year, year.Status, year.Sources, year.DaysOff, year.MakeUpWorkingDays);
}
