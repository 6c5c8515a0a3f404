using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Calendar;

public class WorkingHoursTests
{
    [Test]
    public void Default_IsMorningAndAfternoonSessions_OfOneWorkingDayInTotal()
    {
        var hours = WorkingHours.Default;

        hours.Sessions.ShouldBe(
        [
            new WorkingSession(new TimeOnly(8, 0), new TimeOnly(12, 0)),
            new WorkingSession(new TimeOnly(13, 0), new TimeOnly(17, 0)),
        ]);
        hours.PerDay.ShouldBe(WorkingDuration.FromDays(1));
        hours.Opening.ShouldBe(new TimeOnly(8, 0));
        hours.Closing.ShouldBe(new TimeOnly(17, 0));
    }

    [Test]
    public void Constructor_OverlappingSessions_IsRefused() =>
        Should.Throw<DomainException>(() => new WorkingHours(
        [
            new WorkingSession(new TimeOnly(8, 0), new TimeOnly(12, 30)),
            new WorkingSession(new TimeOnly(12, 0), new TimeOnly(17, 0)),
        ])).Code.ShouldBe("calendar.overlapping_sessions");

    [Test]
    public void Constructor_SessionsOutOfOrder_IsRefused() =>
        Should.Throw<DomainException>(() => new WorkingHours(
        [
            new WorkingSession(new TimeOnly(13, 0), new TimeOnly(17, 0)),
            new WorkingSession(new TimeOnly(8, 0), new TimeOnly(12, 0)),
        ])).Code.ShouldBe("calendar.overlapping_sessions");

    [Test]
    public void Constructor_NoSession_IsRefused() =>
        Should.Throw<DomainException>(() => new WorkingHours([])).Code.ShouldBe("calendar.no_session");

    [Test]
    public void Session_EndingBeforeItStarts_IsRefused() =>
        Should.Throw<DomainException>(() => new WorkingSession(new TimeOnly(17, 0), new TimeOnly(8, 0))).Code.ShouldBe("calendar.invalid_session");

    [Test]
    public void Session_ContainsItsStartButNotItsEnd()
    {
        var morning = new WorkingSession(new TimeOnly(8, 0), new TimeOnly(12, 0));

        morning.Contains(new TimeOnly(8, 0)).ShouldBeTrue();
        morning.Contains(new TimeOnly(11, 59, 59)).ShouldBeTrue();
        morning.Contains(new TimeOnly(12, 0)).ShouldBeFalse();
        morning.Length.ShouldBe(WorkingDuration.FromHours(4));
    }

    [Test]
    public void Calendar_WithOtherSessions_CountsInThoseSessions()
    {
        var summerHours = new WorkingHours(
        [
            new WorkingSession(new TimeOnly(7, 30), new TimeOnly(11, 30)),
            new WorkingSession(new TimeOnly(13, 30), new TimeOnly(17, 30)),
        ]);
        var calendar = new WorkingCalendar(summerHours, [], []);

        calendar.Add(Vn.At(2025, 3, 3, 7, 30), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 3, 3, 17, 30));
        calendar.ReceivedAt(Vn.At(2025, 3, 3, 12, 0)).ShouldBe(Vn.At(2025, 3, 3, 13, 30));
    }
}
