using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Calendar;

public class WorkingCalendarBetweenTests
{
    private static readonly WorkingCalendar Plain = new(WorkingHours.Default, [], []);

    [Test]
    public void Between_MondayOpeningAndClosing_IsOneWorkingDay() =>
        Plain.Between(Vn.At(2025, 3, 3, 8, 0), Vn.At(2025, 3, 3, 17, 0)).ShouldBe(WorkingDuration.FromDays(1));

    [Test]
    public void Between_AcrossLunch_LeavesLunchOut() =>
        Plain.Between(Vn.At(2025, 3, 3, 11, 0), Vn.At(2025, 3, 3, 14, 0)).ShouldBe(WorkingDuration.FromHours(2));

    [Test]
    public void Between_FridayAfternoonAndMondayMorning_LeavesTheWeekendOut() =>
        Plain.Between(Vn.At(2025, 3, 7, 16, 0), Vn.At(2025, 3, 10, 9, 0)).ShouldBe(WorkingDuration.FromHours(2));

    [Test]
    public void Between_EveningAndNextMorningBeforeOpening_IsZero() =>
        Plain.Between(Vn.At(2025, 3, 3, 17, 30), Vn.At(2025, 3, 4, 7, 30)).ShouldBe(WorkingDuration.Zero);

    [Test]
    public void Between_ReversedInstants_IsZero() =>
        Plain.Between(Vn.At(2025, 3, 4, 10, 0), Vn.At(2025, 3, 3, 10, 0)).ShouldBe(WorkingDuration.Zero);

    [Test]
    public void Between_LessThanAMinute_IsZero() =>
        Plain.Between(Vn.At(2025, 3, 3, 9, 0, 0), Vn.At(2025, 3, 3, 9, 0, 59)).ShouldBe(WorkingDuration.Zero);

    [Test]
    public void Between_AcrossTet2026_CountsOnlyTheDaysAroundIt() =>
        SeedCalendars.Calendar.Between(Vn.At(2026, 2, 13, 8, 0), Vn.At(2026, 2, 23, 17, 0)).ShouldBe(WorkingDuration.FromDays(2));

    [Test]
    public void Between_AWholeWorkingWeekInUtc_IsFiveDays() =>
        Plain.Between(new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 7, 10, 0, 0, TimeSpan.Zero))
            .ShouldBe(WorkingDuration.FromDays(5));
}
