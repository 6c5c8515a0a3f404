using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Calendar;

public class WorkingCalendarReceivedAtTests
{
    private static WorkingCalendar Calendar => SeedCalendars.Calendar;

    [Test]
    public void ReceivedAt_SubmittedAt1659_CountsAt1659() =>
        Calendar.ReceivedAt(Vn.At(2025, 1, 14, 16, 59)).ShouldBe(Vn.At(2025, 1, 14, 16, 59));

    [Test]
    public void ReceivedAt_SubmittedAt1701_CountsFromNextWorkingDayAt0800() =>
        Calendar.ReceivedAt(Vn.At(2025, 1, 14, 17, 1)).ShouldBe(Vn.At(2025, 1, 15, 8, 0));

    [Test]
    public void ReceivedAt_SubmittedAtExactly1700_CountsFromNextWorkingDayAt0800() =>
        Calendar.ReceivedAt(Vn.At(2025, 1, 14, 17, 0)).ShouldBe(Vn.At(2025, 1, 15, 8, 0));

    [Test]
    public void ReceivedAt_SubmittedDuringLunch_CountsAt1300SameDay() =>
        Calendar.ReceivedAt(Vn.At(2025, 1, 14, 12, 30)).ShouldBe(Vn.At(2025, 1, 14, 13, 0));

    [Test]
    public void ReceivedAt_SubmittedAtExactly1200_CountsAt1300SameDay() =>
        Calendar.ReceivedAt(Vn.At(2025, 1, 14, 12, 0)).ShouldBe(Vn.At(2025, 1, 14, 13, 0));

    [Test]
    public void ReceivedAt_SubmittedBeforeOpening_CountsAt0800SameDay() =>
        Calendar.ReceivedAt(Vn.At(2025, 1, 14, 6, 45)).ShouldBe(Vn.At(2025, 1, 14, 8, 0));

    [Test]
    public void ReceivedAt_SubmittedOnSaturday_CountsFromMondayAt0800() =>
        Calendar.ReceivedAt(Vn.At(2025, 3, 8, 10, 0)).ShouldBe(Vn.At(2025, 3, 10, 8, 0));

    [Test]
    public void ReceivedAt_SubmittedFridayEveningBeforeTet2025_CountsFromMonday3FebruaryAt0800() =>
        Calendar.ReceivedAt(Vn.At(2025, 1, 24, 17, 1)).ShouldBe(Vn.At(2025, 2, 3, 8, 0));

    [Test]
    public void ReceivedAt_SubmittedOnNationalDay2025_CountsFromWednesday3September() =>
        Calendar.ReceivedAt(Vn.At(2025, 9, 2, 10, 0)).ShouldBe(Vn.At(2025, 9, 3, 8, 0));

    [Test]
    public void ReceivedAt_SubmittedOnAMakeUpSaturday_CountsAtOnce() =>
        Calendar.ReceivedAt(Vn.At(2025, 4, 26, 10, 0)).ShouldBe(Vn.At(2025, 4, 26, 10, 0));

    [Test]
    public void ReceivedAt_SubmittedOnNewYearsEve2024Evening_CountsFrom2January2025() =>
        Calendar.ReceivedAt(Vn.At(2024, 12, 31, 17, 30)).ShouldBe(Vn.At(2025, 1, 2, 8, 0));

    [Test]
    public void ReceivedAt_SubmittedOnNewYearsEve2025Evening_SkipsTheSwappedFridayToMonday5January2026() =>
        Calendar.ReceivedAt(Vn.At(2025, 12, 31, 17, 30)).ShouldBe(Vn.At(2026, 1, 5, 8, 0));

    [Test]
    public void ReceivedAt_GivenInUtc_IsJudgedInHanoiTime()
    {
        // 10:01 UTC is 17:01 in Hanoi.
        var received = Calendar.ReceivedAt(new DateTimeOffset(2025, 1, 14, 10, 1, 0, TimeSpan.Zero));

        received.ShouldBe(new DateTimeOffset(2025, 1, 15, 1, 0, 0, TimeSpan.Zero));
        received.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Test]
    public void ReceivedAt_ReturnsUtc() => Calendar.ReceivedAt(Vn.At(2025, 1, 14, 9, 0)).Offset.ShouldBe(TimeSpan.Zero);
}
