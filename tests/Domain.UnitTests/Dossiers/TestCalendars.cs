using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>Small calendars built in code: no holidays, and the 2026 days off around New Year and Tết.</summary>
internal static class TestCalendars
{
    /// <summary>Monday to Friday, 08:00–12:00 and 13:00–17:00, no holidays.</summary>
    public static WorkingCalendar Plain { get; } = new(WorkingHours.Default, [], []);

    /// <summary>
    /// 2026 (Thông báo 9441/TB-BNV): New Year 1 January, Friday 2 January swapped for Saturday 10 January,
    /// Tết Monday 16 – Friday 20 February (with the weekends, 14–22 February off).
    /// </summary>
    public static WorkingCalendar Year2026 { get; } = new(
        WorkingHours.Default,
        [
            new DayOff(new DateOnly(2026, 1, 1), "Tết Dương lịch", DayOffKind.Holiday),
            new DayOff(new DateOnly(2026, 1, 2), "Nghỉ hoán đổi", DayOffKind.Swapped),
            .. Enumerable.Range(16, 5).Select(day => new DayOff(new DateOnly(2026, 2, day), "Tết Nguyên đán", DayOffKind.Holiday)),
        ],
        [new MakeUpWorkingDay(new DateOnly(2026, 1, 10), "Làm bù cho thứ Sáu 02/01/2026", new DateOnly(2026, 1, 2))]);
}
