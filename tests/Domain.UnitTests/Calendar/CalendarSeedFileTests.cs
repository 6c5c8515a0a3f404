using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Calendar;

/// <summary>The seed files under src/Infrastructure/Persistence/Seed/calendar.</summary>
public class CalendarSeedFileTests
{
    [Test]
    public void SeedFolder_HoldsOneFilePerYear2024To2027() =>
        SeedCalendars.Files().Select(f => f.Year).ShouldBe([2024, 2025, 2026, 2027]);

    [TestCase(2024, ScheduleStatus.Official)]
    [TestCase(2025, ScheduleStatus.Official)]
    [TestCase(2026, ScheduleStatus.Official)]
    [TestCase(2027, ScheduleStatus.Proposed)]
    public void SeedFile_ParsesIntoACalendarYear(int year, ScheduleStatus status)
    {
        var path = SeedCalendars.Files().Single(f => f.Year == year).Path;

        var file = CalendarSeedFile.Parse(File.ReadAllText(path));
        var calendarYear = file.ToCalendarYear();

        calendarYear.Year.ShouldBe(year);
        calendarYear.Status.ShouldBe(status);
        calendarYear.Sources.ShouldNotBeEmpty();
        calendarYear.DaysOff.Count.ShouldBe(file.DaysOff.Count);
        calendarYear.DaysOff.Count(d => d.Kind == DayOffKind.Holiday).ShouldBe(11, "Bộ luật Lao động 2019, Điều 112: 11 days of holiday");
    }

    [Test]
    public void ProposedYears_EqualWhatTheApplicationsProposerProduces()
    {
        // The application proposes with the rule that reproduces the Tết breaks of 2017–2026 (see ProposeCalendarYear).
        var proposer = new HolidayScheduleProposer(LunarNewYearRule.AlignedToWorkingWeek);
        foreach (var (year, _) in SeedCalendars.Files())
        {
            var seeded = SeedCalendars.Year(year);
            if (seeded.Status != ScheduleStatus.Proposed)
            {
                continue;
            }

            var proposed = proposer.Propose(year);
            seeded.DaysOff.ShouldBe(proposed.DaysOff, $"{year}");
            seeded.MakeUpWorkingDays.ShouldBe(proposed.MakeUpWorkingDays, $"{year}");
            seeded.Sources.ShouldBe(proposed.Sources, $"{year}");
        }
    }

    [TestCase(2024)]
    [TestCase(2025)]
    [TestCase(2026)]
    public void SwappedDays_AndMakeUpWorkingDays_ComeInPairs(int year)
    {
        var calendarYear = SeedCalendars.Year(year);

        calendarYear.DaysOff.Where(d => d.Kind == DayOffKind.Swapped).Select(d => d.Date)
            .ShouldBe(calendarYear.MakeUpWorkingDays.Select(m => m.ReplacesDate!.Value).Order());
    }

    [TestCase(2025, 22)]
    [TestCase(2026, 25)]
    public void OfficialYear_GivesTheAnnouncedNumberOfDaysOffAroundHolidays(int year, int announced)
    {
        // Announced totals: 22 days in 2025 (en.baochinhphu.vn), 25 days in 2026 (thanhnien.vn, 13/01/2026).
        var calendar = SeedCalendars.Calendar;
        var breaks = SeedCalendars.Year(year).DaysOff
            .Select(d => BreakAround(calendar, d.Date))
            .Distinct();

        breaks.Sum(b => b.Last.DayNumber - b.First.DayNumber + 1).ShouldBe(announced);
    }

    [Test]
    public void TetBreaks_2024To2026_SpanTheAnnouncedDates()
    {
        var calendar = SeedCalendars.Calendar;

        BreakAround(calendar, new DateOnly(2025, 1, 29)).ShouldBe((new DateOnly(2025, 1, 25), new DateOnly(2025, 2, 2)));
        BreakAround(calendar, new DateOnly(2026, 2, 17)).ShouldBe((new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 22)));
        BreakAround(calendar, new DateOnly(2024, 2, 10)).ShouldBe((new DateOnly(2024, 2, 8), new DateOnly(2024, 2, 14)));
    }

    private static (DateOnly First, DateOnly Last) BreakAround(WorkingCalendar calendar, DateOnly day)
    {
        var first = day;
        while (!calendar.IsWorkingDay(first.AddDays(-1)))
        {
            first = first.AddDays(-1);
        }

        var last = day;
        while (!calendar.IsWorkingDay(last.AddDays(1)))
        {
            last = last.AddDays(1);
        }

        return (first, last);
    }
}
