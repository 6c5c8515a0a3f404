using System.Diagnostics;
using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Calendar;

public class WorkingCalendarAddTests
{
    private static readonly WorkingCalendar Plain = new(WorkingHours.Default, [], []);

    private static WorkingCalendar Calendar => SeedCalendars.Calendar;

    [Test]
    public void Add_OneDayFromMonday0800_IsDueMonday1700() =>
        Plain.Add(Vn.At(2025, 3, 3, 8, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 3, 3, 17, 0));

    [Test]
    public void Add_OneDayFromMonday1000_IsDueTuesday1000() =>
        Plain.Add(Vn.At(2025, 3, 3, 10, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 3, 4, 10, 0));

    [Test]
    public void Add_HalfDayFromMonday0800_StaysAtTheEndOfTheMorningSession() =>
        Plain.Add(Vn.At(2025, 3, 3, 8, 0), WorkingDuration.FromDays(0.5m)).ShouldBe(Vn.At(2025, 3, 3, 12, 0));

    [Test]
    public void Add_HalfDayFromMonday1000_SkipsLunch() =>
        Plain.Add(Vn.At(2025, 3, 3, 10, 0), WorkingDuration.FromDays(0.5m)).ShouldBe(Vn.At(2025, 3, 3, 15, 0));

    [Test]
    public void Add_HalfDayFromMonday1400_EndsTuesday0900() =>
        Plain.Add(Vn.At(2025, 3, 3, 14, 0), WorkingDuration.FromDays(0.5m)).ShouldBe(Vn.At(2025, 3, 4, 9, 0));

    [Test]
    public void Add_NinetyMinutesFrom1100_Ends1330() =>
        Plain.Add(Vn.At(2025, 3, 3, 11, 0), WorkingDuration.FromMinutes(90)).ShouldBe(Vn.At(2025, 3, 3, 13, 30));

    [Test]
    public void Add_OneDayFromFriday1000_SkipsTheWeekend() =>
        Plain.Add(Vn.At(2025, 3, 7, 10, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 3, 10, 10, 0));

    [Test]
    public void Add_OneHourFromSaturday_CountsFromMondayOpening() =>
        Plain.Add(Vn.At(2025, 3, 8, 10, 0), WorkingDuration.FromHours(1)).ShouldBe(Vn.At(2025, 3, 10, 9, 0));

    [Test]
    public void Add_Zero_ReturnsTheStart() =>
        Plain.Add(Vn.At(2025, 3, 8, 10, 0), WorkingDuration.Zero).ShouldBe(Vn.At(2025, 3, 8, 10, 0));

    [Test]
    public void Add_OneDayFromFridayBeforeTet2025_IsDueMondayAfterTet() =>
        Calendar.Add(Vn.At(2025, 1, 24, 10, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 2, 3, 10, 0));

    [Test]
    public void Add_FiveDaysFromThursdayBeforeTet2025_CountsOnlyWorkingDays() =>
        Calendar.Add(Vn.At(2025, 1, 23, 8, 0), WorkingDuration.FromDays(5)).ShouldBe(Vn.At(2025, 2, 5, 17, 0));

    [Test]
    public void Add_OneDayFromFridayAfternoonBeforeTet2026_IsDueMonday23February() =>
        Calendar.Add(Vn.At(2026, 2, 13, 15, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2026, 2, 23, 15, 0));

    [Test]
    public void Add_OneDayFromFriday25April2025_LandsOnTheMakeUpSaturday() =>
        Calendar.Add(Vn.At(2025, 4, 25, 10, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 4, 26, 10, 0));

    [Test]
    public void Add_OneDayFromTuesday29April2025_SkipsHolidaysAndTheSwappedFriday() =>
        Calendar.Add(Vn.At(2025, 4, 29, 10, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 5, 5, 10, 0));

    [Test]
    public void Add_HalfDayFromFriday3May2024At1600_EndsOnTheMakeUpSaturday() =>
        Calendar.Add(Vn.At(2024, 5, 3, 16, 0), WorkingDuration.FromDays(0.5m)).ShouldBe(Vn.At(2024, 5, 4, 11, 0));

    [Test]
    public void Add_OneDayFromFriday28August2026_SkipsTheNationalDayBreak() =>
        Calendar.Add(Vn.At(2026, 8, 28, 10, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2026, 9, 3, 10, 0));

    [Test]
    public void Add_OneDayFromNewYearsEve2024_SkipsNewYearsDay() =>
        Calendar.Add(Vn.At(2024, 12, 31, 10, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 1, 2, 10, 0));

    [Test]
    public void Add_OneDayFromMonday28February2028_LandsOn29February() =>
        Plain.Add(Vn.At(2028, 2, 28, 10, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2028, 2, 29, 10, 0));

    [Test]
    public void Add_TwoDaysFromMonday28February2028_LandsOn1March() =>
        Plain.Add(Vn.At(2028, 2, 28, 10, 0), WorkingDuration.FromDays(2)).ShouldBe(Vn.At(2028, 3, 1, 10, 0));

    [Test]
    public void Add_SixtyDaysAcrossTet2025_CountsSixtyWorkingDays()
    {
        var start = Vn.At(2025, 1, 2, 8, 0);

        var due = Calendar.Add(start, WorkingDuration.FromDays(60));

        // 2 Jan–2 Apr 2025 holds 60 working days: Jan 2–24 (17), Feb 3–28 (20), Mar 3–31 (21), Apr 1–2 (2).
        due.ShouldBe(Vn.At(2025, 4, 2, 17, 0));
        Calendar.Between(start, due).ShouldBe(WorkingDuration.FromDays(60));
    }

    [Test]
    public void Add_HugeDuration_IsComputedPerDayNotPerMinute()
    {
        var stopwatch = Stopwatch.StartNew();

        // 1,000,000 working days = 200,000 whole weeks from a Monday morning: a Friday evening (480 million minutes).
        var due = Plain.Add(Vn.At(2025, 3, 3, 8, 0), WorkingDuration.FromDays(1_000_000));

        stopwatch.Stop();
        due.ShouldBe(Vn.At(2025, 3, 3, 17, 0).AddDays((200_000 * 7) - 3));
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Test]
    public void Add_ReturnsUtc() => Plain.Add(Vn.At(2025, 3, 3, 10, 0), WorkingDuration.FromDays(1)).Offset.ShouldBe(TimeSpan.Zero);
}
