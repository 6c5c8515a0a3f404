using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Calendar;

public class WorkingCalendarWorkingDayTests
{
    private static WorkingCalendar Calendar => SeedCalendars.Calendar;

    [TestCase(2025, 1, 24, true, TestName = "Friday before Tết 2025 is a working day")]
    [TestCase(2025, 1, 27, false, TestName = "Tết 2025 holiday (Monday 27 Jan) is off")]
    [TestCase(2025, 2, 3, true, TestName = "Monday after Tết 2025 is a working day")]
    [TestCase(2025, 4, 26, true, TestName = "Make-up Saturday 26 Apr 2025 is a working day")]
    [TestCase(2025, 5, 2, false, TestName = "Swapped Friday 2 May 2025 is off")]
    [TestCase(2024, 5, 4, true, TestName = "Make-up Saturday 4 May 2024 is a working day")]
    [TestCase(2024, 2, 14, false, TestName = "Compensatory day 14 Feb 2024 is off")]
    [TestCase(2026, 4, 27, false, TestName = "Compensatory Monday for Hùng Kings 2026 is off")]
    [TestCase(2026, 1, 10, true, TestName = "Make-up Saturday 10 Jan 2026 is a working day")]
    [TestCase(2026, 8, 31, false, TestName = "Swapped Monday 31 Aug 2026 is off")]
    [TestCase(2025, 3, 8, false, TestName = "Plain Saturday is off")]
    [TestCase(2025, 3, 10, true, TestName = "Plain Monday is a working day")]
    public void IsWorkingDay_FollowsWeekdaysDaysOffAndMakeUpDays(int year, int month, int day, bool expected) =>
        Calendar.IsWorkingDay(new DateOnly(year, month, day)).ShouldBe(expected);

    [Test]
    public void NextWorkingDay_FromLastWorkingDayBeforeTet2025_IsMonday3February() =>
        Calendar.NextWorkingDay(new DateOnly(2025, 1, 24)).ShouldBe(new DateOnly(2025, 2, 3));

    [Test]
    public void NextWorkingDay_FromNewYearsEve2024_Is2January2025() =>
        Calendar.NextWorkingDay(new DateOnly(2024, 12, 31)).ShouldBe(new DateOnly(2025, 1, 2));

    [Test]
    public void NextWorkingDay_From28February2028_Is29FebruaryOfTheLeapYear() =>
        new WorkingCalendar(WorkingHours.Default, [], []).NextWorkingDay(new DateOnly(2028, 2, 28)).ShouldBe(new DateOnly(2028, 2, 29));

    [Test]
    public void NextWorkingDay_FromFridayBeforeAMakeUpSaturday_IsTheSaturday() =>
        Calendar.NextWorkingDay(new DateOnly(2026, 8, 21)).ShouldBe(new DateOnly(2026, 8, 22));

    [Test]
    public void TimeZone_IsHanoiAtPlusSeven()
    {
        Calendar.TimeZone.GetUtcOffset(new DateTime(2025, 7, 1, 12, 0, 0, DateTimeKind.Utc)).ShouldBe(TimeSpan.FromHours(7));
        Calendar.TimeZone.GetUtcOffset(new DateTime(2025, 1, 1, 12, 0, 0, DateTimeKind.Utc)).ShouldBe(TimeSpan.FromHours(7));
    }
}
