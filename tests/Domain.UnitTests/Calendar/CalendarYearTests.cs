using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Calendar;

public class CalendarYearTests
{
    private static readonly string[] Source = ["Thông báo số 6150/TB-BLĐTBXH ngày 03/12/2024"];

    [Test]
    public void Official_WithoutSource_IsRefused() =>
        Should.Throw<DomainException>(() => CalendarYear.Official(2025, [], [Holiday(2025, 1, 1)], [])).Code.ShouldBe("calendar.missing_source");

    [Test]
    public void Proposed_WithoutSource_IsAccepted() =>
        CalendarYear.Proposed(2027, [], [Holiday(2027, 1, 1)], []).Status.ShouldBe(ScheduleStatus.Proposed);

    [Test]
    public void DaysOff_AreKeptInDateOrder()
    {
        var year = CalendarYear.Official(2025, Source, [Holiday(2025, 9, 2), Holiday(2025, 1, 1), Holiday(2025, 4, 30)], []);

        year.DaysOff.Select(d => d.Date).ShouldBe([new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 30), new DateOnly(2025, 9, 2)]);
        year.Status.ShouldBe(ScheduleStatus.Official);
        year.Sources.ShouldBe(Source);
    }

    [Test]
    public void SameDateTwice_IsRefused() =>
        Should.Throw<DomainException>(() => CalendarYear.Official(2025, Source, [Holiday(2025, 1, 1), Holiday(2025, 1, 1)], []));

    [Test]
    public void DayOffOutsideTheYear_IsRefused() =>
        Should.Throw<DomainException>(() => CalendarYear.Official(2025, Source, [Holiday(2026, 1, 1)], []));

    [Test]
    public void CompensatoryDayOnASunday_IsRefused() =>
        Should.Throw<DomainException>(() => CalendarYear.Official(
            2026, Source, [new DayOff(new DateOnly(2026, 4, 26), "Nghỉ bù", DayOffKind.Compensatory)], []));

    [Test]
    public void MakeUpWorkingDayOnAWeekday_IsRefused() =>
        Should.Throw<DomainException>(() => CalendarYear.Official(
            2025, Source, [Swapped(2025, 5, 2)], [new MakeUpWorkingDay(new DateOnly(2025, 4, 25), "Làm bù", new DateOnly(2025, 5, 2))]));

    [Test]
    public void MakeUpWorkingDayReplacingADayThatIsNotSwapped_IsRefused() =>
        Should.Throw<DomainException>(() => CalendarYear.Official(
            2025, Source, [Holiday(2025, 5, 1)], [new MakeUpWorkingDay(new DateOnly(2025, 4, 26), "Làm bù", new DateOnly(2025, 5, 2))]));

    [Test]
    public void DateBothOffAndWorked_IsRefused() =>
        Should.Throw<DomainException>(() => CalendarYear.Official(
            2025, Source, [Holiday(2025, 2, 1)], [new MakeUpWorkingDay(new DateOnly(2025, 2, 1), "Làm bù", null)]));

    [Test]
    public void MakeUpWorkingDayInThePreviousDecember_IsAccepted()
    {
        var year = CalendarYear.Official(
            2015, ["Thông báo 2015"], [Swapped(2015, 1, 2)], [new MakeUpWorkingDay(new DateOnly(2014, 12, 27), "Làm bù", new DateOnly(2015, 1, 2))]);

        year.MakeUpWorkingDays.Single().Date.ShouldBe(new DateOnly(2014, 12, 27));
    }

    [Test]
    public void DayOff_WithoutName_IsRefused() =>
        Should.Throw<DomainException>(() => new DayOff(new DateOnly(2025, 1, 1), " ", DayOffKind.Holiday)).Code.ShouldBe("calendar.unnamed_day");

    [Test]
    public void WorkingCalendar_FromYearsThatBothWorkAndRestOnADate_IsRefused()
    {
        var a = CalendarYear.Official(2025, Source, [Holiday(2025, 4, 26)], []);
        var b = CalendarYear.Official(2025, Source, [Swapped(2025, 5, 2)], [new MakeUpWorkingDay(new DateOnly(2025, 4, 26), "Làm bù", new DateOnly(2025, 5, 2))]);

        Should.Throw<DomainException>(() => WorkingCalendar.FromYears([a, b])).Code.ShouldBe("calendar.conflicting_day");
    }

    private static DayOff Holiday(int year, int month, int day) => new(new DateOnly(year, month, day), "Ngày lễ", DayOffKind.Holiday);

    private static DayOff Swapped(int year, int month, int day) => new(new DateOnly(year, month, day), "Nghỉ hoán đổi", DayOffKind.Swapped);
}
