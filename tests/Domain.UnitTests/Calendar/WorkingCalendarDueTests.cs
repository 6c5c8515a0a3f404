using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Calendar;

public class WorkingCalendarDueTests
{
    private static readonly WorkingCalendar Plain = new(WorkingHours.Default, [], []);

    private static WorkingCalendar Calendar => SeedCalendars.Calendar;

    [Test]
    public void DueWithinTheDay_ReceivedAt1459_IsDueAtCloseOfThatDay() =>
        Calendar.DueWithinTheDay(Vn.At(2025, 3, 4, 14, 59)).ShouldBe(Vn.At(2025, 3, 4, 17, 0));

    [Test]
    public void DueWithinTheDay_ReceivedAt1500_IsDueAtCloseOfNextWorkingDay() =>
        Calendar.DueWithinTheDay(Vn.At(2025, 3, 4, 15, 0)).ShouldBe(Vn.At(2025, 3, 5, 17, 0));

    [Test]
    public void DueWithinTheDay_ReceivedAfter1500OnFridayBeforeTet2025_IsDueMonday3February() =>
        Calendar.DueWithinTheDay(Vn.At(2025, 1, 24, 15, 30)).ShouldBe(Vn.At(2025, 2, 3, 17, 0));

    [Test]
    public void DueWithinTheDay_SubmittedDuringLunch_IsDueTheSameDay() =>
        Calendar.DueWithinTheDay(Vn.At(2025, 3, 4, 12, 30)).ShouldBe(Vn.At(2025, 3, 4, 17, 0));

    [Test]
    public void DueWithinTheDay_SubmittedOnSunday_IsDueMondayEvening() =>
        Calendar.DueWithinTheDay(Vn.At(2025, 3, 9, 20, 0)).ShouldBe(Vn.At(2025, 3, 10, 17, 0));

    [Test]
    public void DueWithinTheDay_SubmittedAt1701_IsDueAtCloseOfNextWorkingDay() =>
        Calendar.DueWithinTheDay(Vn.At(2025, 3, 4, 17, 1)).ShouldBe(Vn.At(2025, 3, 5, 17, 0));

    [Test]
    public void DueWithinTheDay_WithLaterCutOff_KeepsTheSameDay() =>
        Calendar.DueWithinTheDay(Vn.At(2025, 3, 4, 15, 30), new TimeOnly(16, 0)).ShouldBe(Vn.At(2025, 3, 4, 17, 0));

    [Test]
    public void Due_WithoutPauses_IsReceivedPlusLimit() =>
        Plain.Due(Vn.At(2025, 3, 3, 8, 0), WorkingDuration.FromDays(5), [], Vn.At(2025, 3, 3, 9, 0)).ShouldBe(Vn.At(2025, 3, 7, 17, 0));

    [Test]
    public void Due_SubmittedOutsideHours_CountsFromTheNextSession() =>
        Plain.Due(Vn.At(2025, 3, 1, 9, 0), WorkingDuration.FromDays(0.5m), [], Vn.At(2025, 3, 1, 9, 0)).ShouldBe(Vn.At(2025, 3, 3, 12, 0));

    [Test]
    public void Due_PauseSpanningOnlyTetAndWeekends_AddsNothing()
    {
        var received = Vn.At(2025, 1, 20, 8, 0);
        var pause = new ClockPause(Vn.At(2025, 1, 25, 9, 0), Vn.At(2025, 2, 2, 18, 0));

        var due = Calendar.Due(received, WorkingDuration.FromDays(10), [pause], Vn.At(2025, 2, 3, 9, 0));

        due.ShouldBe(Vn.At(2025, 2, 7, 17, 0));
        Calendar.PausedTime(received, [pause], Vn.At(2025, 2, 3, 9, 0)).ShouldBe(WorkingDuration.Zero);
    }

    [Test]
    public void Due_PauseSpanningTwoWorkingDays_AddsExactlyTwoDays()
    {
        var pause = new ClockPause(Vn.At(2025, 3, 4, 8, 0), Vn.At(2025, 3, 6, 8, 0));

        var due = Plain.Due(Vn.At(2025, 3, 3, 8, 0), WorkingDuration.FromDays(5), [pause], Vn.At(2025, 3, 6, 9, 0));

        due.ShouldBe(Vn.At(2025, 3, 11, 17, 0));
    }

    [Test]
    public void Due_PauseOfPartOfADay_AddsItsWorkingMinutes()
    {
        // 10:30–12:00 and 13:00–14:15: 165 working minutes.
        var pause = new ClockPause(Vn.At(2025, 3, 4, 10, 30), Vn.At(2025, 3, 4, 14, 15));

        var due = Plain.Due(Vn.At(2025, 3, 3, 8, 0), WorkingDuration.FromDays(5), [pause], Vn.At(2025, 3, 5, 9, 0));

        due.ShouldBe(Vn.At(2025, 3, 10, 10, 45));
    }

    [Test]
    public void Due_OpenPause_CountsUpToNow()
    {
        var pause = new ClockPause(Vn.At(2025, 3, 5, 8, 0), null);

        var due = Plain.Due(Vn.At(2025, 3, 3, 8, 0), WorkingDuration.FromDays(5), [pause], Vn.At(2025, 3, 6, 12, 0));

        due.ShouldBe(Vn.At(2025, 3, 11, 12, 0));
    }

    [Test]
    public void Due_OverlappingPauses_AreCountedOnce()
    {
        ClockPause[] pauses =
        [
            new(Vn.At(2025, 3, 4, 8, 0), Vn.At(2025, 3, 5, 17, 0)),
            new(Vn.At(2025, 3, 5, 8, 0), Vn.At(2025, 3, 5, 12, 0)),
        ];

        Plain.PausedTime(Vn.At(2025, 3, 3, 8, 0), pauses, Vn.At(2025, 3, 6, 8, 0)).ShouldBe(WorkingDuration.FromDays(2));
    }

    [Test]
    public void Due_PauseStartedBeforeReception_CountsOnlyAfterReception()
    {
        var pause = new ClockPause(Vn.At(2025, 2, 28, 8, 0), Vn.At(2025, 3, 3, 12, 0));

        Plain.PausedTime(Vn.At(2025, 3, 3, 10, 0), [pause], Vn.At(2025, 3, 4, 8, 0)).ShouldBe(WorkingDuration.FromHours(2));
    }

    [Test]
    public void Due_PauseAcrossTheMakeUpSaturday_CountsTheSaturday()
    {
        // Friday 25 Apr 2025 13:00 to Monday 28 Apr 08:00: 4 h on Friday + 8 h on the make-up Saturday.
        var pause = new ClockPause(Vn.At(2025, 4, 25, 13, 0), Vn.At(2025, 4, 28, 8, 0));

        Calendar.PausedTime(Vn.At(2025, 4, 21, 8, 0), [pause], Vn.At(2025, 4, 28, 8, 0)).ShouldBe(WorkingDuration.FromHours(12));
    }

    [Test]
    public void ClockPause_EndingBeforeItStarts_IsRefused() =>
        Should.Throw<DomainException>(() => new ClockPause(Vn.At(2025, 3, 4, 10, 0), Vn.At(2025, 3, 4, 9, 0))).Code.ShouldBe("calendar.invalid_pause");
}
