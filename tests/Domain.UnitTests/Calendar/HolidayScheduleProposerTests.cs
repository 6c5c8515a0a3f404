using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Calendar;

public class HolidayScheduleProposerTests
{
    private static readonly HolidayScheduleProposer Proposer = new();

    private static readonly HolidayScheduleProposer AlignedProposer = new(LunarNewYearRule.AlignedToWorkingWeek);

    [Test]
    public void Propose_MarksTheYearProposed_WithItsBasis_AndNoMakeUpDays()
    {
        var year = Proposer.Propose(2027);

        year.Status.ShouldBe(ScheduleStatus.Proposed);
        year.Sources.ShouldHaveSingleItem().ShouldContain("Bộ luật Lao động 2019");
        year.MakeUpWorkingDays.ShouldBeEmpty();
    }

    [TestCase(2024)]
    [TestCase(2025)]
    [TestCase(2026)]
    [TestCase(2027)]
    [TestCase(2030)]
    public void Propose_GivesTheElevenHolidaysOfTheLabourCode(int year)
    {
        var holidays = Proposer.Propose(year).DaysOff.Where(d => d.Kind == DayOffKind.Holiday).ToArray();

        holidays.Length.ShouldBe(11);
        holidays.ShouldContain(d => d.Date == new DateOnly(year, 1, 1) && d.Name == "Tết Dương lịch");
        holidays.ShouldContain(d => d.Date == VietnameseLunarCalendar.ToSolar(year, 3, 10) && d.Name == "Giỗ Tổ Hùng Vương");
        holidays.ShouldContain(d => d.Date == new DateOnly(year, 4, 30));
        holidays.ShouldContain(d => d.Date == new DateOnly(year, 5, 1));
        holidays.Count(d => d.Name == "Quốc khánh").ShouldBe(2);
        holidays.Count(d => d.Name == "Tết Nguyên đán").ShouldBe(5);
    }

    [Test]
    public void Propose_TetByDefault_IsTheLastDayOfTheYearAndTheFirstFourDays()
    {
        var tet = Proposer.Propose(2027).DaysOff.Where(d => d.Name == "Tết Nguyên đán").Select(d => d.Date);

        tet.ShouldBe(Days(2027, 2, 5, 6, 7, 8, 9));
        VietnameseLunarCalendar.FromSolar(new DateOnly(2027, 2, 5)).ShouldBe(new LunarDate(2026, 12, 29));
    }

    [Test]
    public void Propose_HolidaysOnAWeekend_GetCompensatoryDaysOnTheNextFreeWorkingDays()
    {
        // Tết 2027 falls on Saturday 6 and Sunday 7 Feb; 8 and 9 Feb are Tết days too.
        Compensatory(Proposer.Propose(2027)).ShouldBe(Days(2027, 2, 10, 11).Append(new DateOnly(2027, 5, 3)));
    }

    [Test]
    public void Propose_2023_CompensatesHungKingsAndReunificationDayAfterMayDay()
    {
        // Hùng Kings' day 2023 was Saturday 29 Apr, 30 Apr a Sunday, 1 May a Monday: 2 and 3 May were given (5-day break).
        var year = Proposer.Propose(2023);

        VietnameseLunarCalendar.ToSolar(2023, 3, 10).ShouldBe(new DateOnly(2023, 4, 29));
        Compensatory(year).Where(d => d.Month is 4 or 5).ShouldBe(Days(2023, 5, 2, 3));
    }

    [Test]
    public void Propose_2023_PutsTheNationalDayBreakOnFridayAndCompensatesOnMonday()
    {
        // 2 Sep 2023 was a Saturday: the official break was 1–4 Sep.
        var september = Proposer.Propose(2023).DaysOff.Where(d => d.Date.Month == 9).Select(d => d.Date);

        september.ShouldBe([new DateOnly(2023, 9, 1), new DateOnly(2023, 9, 2), new DateOnly(2023, 9, 4)]);
    }

    [TestCase(2021, 3)]
    [TestCase(2022, 1)]
    [TestCase(2023, 1)]
    [TestCase(2024, 3)]
    [TestCase(2025, 1)]
    [TestCase(2026, 1)]
    public void NationalDayAdjacentDay_ReproducesTheDaysChosenSince2021(int year, int day) =>
        HolidayScheduleProposer.NationalDayAdjacentDay(year).ShouldBe(new DateOnly(year, 9, day));

    [Test]
    public void Propose_2026_ReproducesTheOfficialHolidaysAndCompensatoryDays() =>
        Decided(Proposer.Propose(2026)).ShouldBe(Decided(SeedCalendars.Year(2026)));

    [TestCase(2024)]
    [TestCase(2025)]
    public void Propose_2024And2025_DifferFromTheOfficialScheduleOnlyInTheTetDays(int year)
    {
        // The government chose 2 days before Tết and 3 after (2024: 8–12 Feb; 2025: 27–31 Jan), not 1 + 4.
        var official = SeedCalendars.Year(year);
        var proposed = Proposer.Propose(year);

        Decided(proposed).Where(d => !IsTetSeason(d.Date)).ShouldBe(Decided(official).Where(d => !IsTetSeason(d.Date)));
        Decided(proposed).Where(d => IsTetSeason(d.Date)).ShouldNotBe(Decided(official).Where(d => IsTetSeason(d.Date)));
    }

    [TestCase(2024)]
    [TestCase(2025)]
    [TestCase(2026)]
    public void Propose_AlignedToWorkingWeek_ReproducesTheOfficialHolidaysAndCompensatoryDays(int year) =>
        Decided(AlignedProposer.Propose(year)).ShouldBe(Decided(SeedCalendars.Year(year)));

    [TestCase(2017, "2017-01-26", "2017-02-01")]
    [TestCase(2018, "2018-02-14", "2018-02-20")]
    [TestCase(2019, "2019-02-04", "2019-02-08")]
    [TestCase(2020, "2020-01-23", "2020-01-29")]
    [TestCase(2021, "2021-02-10", "2021-02-16")]
    [TestCase(2022, "2022-01-31", "2022-02-04")]
    [TestCase(2023, "2023-01-20", "2023-01-26")]
    [TestCase(2024, "2024-02-08", "2024-02-14")]
    [TestCase(2025, "2025-01-27", "2025-01-31")]
    [TestCase(2026, "2026-02-16", "2026-02-20")]
    public void Propose_AlignedToWorkingWeek_ReproducesTheTetBreaksOf2017To2026(int year, string firstDayOff, string lastDayOff)
    {
        var first = DateOnly.Parse(firstDayOff, System.Globalization.CultureInfo.InvariantCulture);
        var last = DateOnly.Parse(lastDayOff, System.Globalization.CultureInfo.InvariantCulture);
        var officialWeekdays = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1)
            .Select(first.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

        var proposedWeekdays = AlignedProposer.Propose(year).DaysOff
            .Where(d => d.Name.Contains("Tết Nguyên đán", StringComparison.Ordinal) && !d.IsOnWeekend)
            .Select(d => d.Date);

        proposedWeekdays.ShouldBe(officialWeekdays);
    }

    private static IEnumerable<(DateOnly Date, DayOffKind Kind)> Decided(CalendarYear year) =>
        year.DaysOff.Where(d => d.Kind != DayOffKind.Swapped).Select(d => (d.Date, d.Kind));

    private static IEnumerable<DateOnly> Compensatory(CalendarYear year) =>
        year.DaysOff.Where(d => d.Kind == DayOffKind.Compensatory).Select(d => d.Date);

    private static bool IsTetSeason(DateOnly date) => date.Month is 1 or 2 && date != new DateOnly(date.Year, 1, 1);

    private static IEnumerable<DateOnly> Days(int year, int month, params int[] days) => days.Select(d => new DateOnly(year, month, d));
}
