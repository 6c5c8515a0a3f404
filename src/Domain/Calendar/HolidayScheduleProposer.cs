namespace HanoiDvc.Domain.Calendar;

/// <summary>
/// Proposes a year's days off from the rules of Bộ luật Lao động 2019 (Điều 111–112) for administrators to confirm:
/// 1 January; Tết Nguyên đán (5 days, see <see cref="LunarNewYearRule"/>); Giỗ Tổ Hùng Vương (10/3 lunar); 30 April; 1 May;
/// 2 September with one adjacent day; and, for each holiday on a Saturday or Sunday, a compensatory day on the next working day
/// that is not already off. It proposes no swapped days or make-up Saturdays: those are decided case by case.
/// </summary>
public sealed class HolidayScheduleProposer
{
    private const string NewYear = "Tết Dương lịch";
    private const string LunarNewYear = "Tết Nguyên đán";
    private const string HungKings = "Giỗ Tổ Hùng Vương";
    private const string Reunification = "Ngày Chiến thắng";
    private const string Labour = "Ngày Quốc tế lao động";
    private const string NationalDay = "Quốc khánh";

    /// <summary>A proposer using <see cref="LunarNewYearRule.LastDayAndFirstFourDays"/>.</summary>
    public HolidayScheduleProposer()
        : this(LunarNewYearRule.LastDayAndFirstFourDays)
    {
    }

    /// <summary>A proposer choosing the Tết days by <paramref name="lunarNewYearRule"/>.</summary>
    public HolidayScheduleProposer(LunarNewYearRule lunarNewYearRule) => LunarNewYearRule = lunarNewYearRule;

    /// <summary>How the five Tết days are chosen.</summary>
    public LunarNewYearRule LunarNewYearRule { get; }

    /// <summary>The proposed schedule of <paramref name="year"/>, marked <see cref="ScheduleStatus.Proposed"/>.</summary>
    public CalendarYear Propose(int year)
    {
        var holidays = new List<DayOff> { Holiday(new DateOnly(year, 1, 1), NewYear) };
        holidays.AddRange(LunarNewYearDays(year).Select(d => Holiday(d, LunarNewYear)));
        holidays.Add(Holiday(VietnameseLunarCalendar.ToSolar(year, 3, 10), HungKings));
        holidays.Add(Holiday(new DateOnly(year, 4, 30), Reunification));
        holidays.Add(Holiday(new DateOnly(year, 5, 1), Labour));
        holidays.Add(Holiday(new DateOnly(year, 9, 2), NationalDay));
        holidays.Add(Holiday(NationalDayAdjacentDay(year), NationalDay));

        var basis = $"Đề xuất theo Bộ luật Lao động 2019, Điều 111–112 (quy tắc Tết: {LunarNewYearRule}); chờ quyết định của Thủ tướng Chính phủ.";
        return CalendarYear.Proposed(year, [basis], holidays.Concat(CompensatoryDays(holidays)), []);
    }

    /// <summary>
    /// The day next to 2 September: the one that is a Monday or a Friday (joining a weekend), else the one that is a weekday,
    /// else 1 September (e.g. 2024, Monday → 3 Sep; 2025, Tuesday → 1 Sep; 2021, Thursday → 3 Sep; 2026, Wednesday → 1 Sep).
    /// </summary>
    public static DateOnly NationalDayAdjacentDay(int year)
    {
        var before = new DateOnly(year, 9, 1);
        var after = new DateOnly(year, 9, 3);
        static int Preference(DateOnly d) => d.DayOfWeek switch
        {
            DayOfWeek.Monday or DayOfWeek.Friday => 2,
            DayOfWeek.Saturday or DayOfWeek.Sunday => 0,
            _ => 1,
        };

        return Preference(after) > Preference(before) ? after : before;
    }

    private IEnumerable<DateOnly> LunarNewYearDays(int year)
    {
        var firstDay = VietnameseLunarCalendar.ToSolar(year, 1, 1);
        var daysBefore = LunarNewYearRule switch
        {
            LunarNewYearRule.AlignedToWorkingWeek => firstDay.DayOfWeek switch
            {
                DayOfWeek.Tuesday => 1,
                DayOfWeek.Thursday => 3,
                _ => 2,
            },
            _ => 1,
        };

        return Enumerable.Range(-daysBefore, 5).Select(firstDay.AddDays);
    }

    private static IEnumerable<DayOff> CompensatoryDays(List<DayOff> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        foreach (var holiday in holidays.Where(h => h.IsOnWeekend).OrderBy(h => h.Date))
        {
            var day = holiday.Date.AddDays(1);
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            yield return new DayOff(day, $"Nghỉ bù {holiday.Name}", DayOffKind.Compensatory);
        }
    }

    private static DayOff Holiday(DateOnly date, string name) => new(date, name, DayOffKind.Holiday);
}
