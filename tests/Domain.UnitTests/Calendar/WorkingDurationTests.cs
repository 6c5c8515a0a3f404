using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Calendar;

public class WorkingDurationTests
{
    [TestCase("1", 480)]
    [TestCase("0.5", 240)]
    [TestCase("1.5", 720)]
    [TestCase("15", 7200)]
    [TestCase("0", 0)]
    public void FromDays_CountsEightWorkingHoursPerDay(string days, long expectedMinutes) =>
        WorkingDuration.FromDays(decimal.Parse(days, System.Globalization.CultureInfo.InvariantCulture)).TotalMinutes.ShouldBe(expectedMinutes);

    [Test]
    public void TotalDays_OfOneDayAndFourHours_IsOnePointFive()
    {
        var duration = WorkingDuration.FromDays(1) + WorkingDuration.FromHours(4);

        duration.TotalDays.ShouldBe(1.5m);
        duration.TotalHours.ShouldBe(12m);
        duration.ShouldBe(WorkingDuration.FromMinutes(720));
    }

    [Test]
    public void FromHours_NotAWholeNumberOfMinutes_IsRefused() =>
        Should.Throw<DomainException>(() => WorkingDuration.FromHours(0.001m)).Code.ShouldBe("calendar.invalid_duration");

    [Test]
    public void FromDays_Negative_IsRefused() =>
        Should.Throw<DomainException>(() => WorkingDuration.FromDays(-0.5m)).Code.ShouldBe("calendar.invalid_duration");

    [Test]
    public void FromMinutes_Negative_IsRefused() =>
        Should.Throw<DomainException>(() => WorkingDuration.FromMinutes(-1)).Code.ShouldBe("calendar.negative_duration");

    [Test]
    public void Subtract_MoreThanThereIs_IsRefused() =>
        Should.Throw<DomainException>(() => WorkingDuration.FromHours(1) - WorkingDuration.FromHours(2));

    [Test]
    public void Subtract_LessThanThereIs_LeavesTheDifference() =>
        (WorkingDuration.FromDays(1) - WorkingDuration.FromHours(2)).ShouldBe(WorkingDuration.FromHours(6));

    [Test]
    public void Comparison_OrdersByWorkingMinutes()
    {
        var halfDay = WorkingDuration.FromDays(0.5m);
        var day = WorkingDuration.FromDays(1);

        (halfDay < day).ShouldBeTrue();
        (day > halfDay).ShouldBeTrue();
        (halfDay >= WorkingDuration.FromHours(4)).ShouldBeTrue();
        (day <= halfDay).ShouldBeFalse();
        halfDay.CompareTo(day).ShouldBeLessThan(0);
        WorkingDuration.Max(halfDay, day).ShouldBe(day);
        WorkingDuration.Min(halfDay, day).ShouldBe(halfDay);
    }

    [Test]
    public void Zero_IsNoMinutes() => WorkingDuration.Zero.ShouldBe(WorkingDuration.FromMinutes(0));

    [Test]
    public void ToString_ShowsDaysAndMinutes() => WorkingDuration.FromDays(1.5m).ToString().ShouldBe("1.5 working days (720 min)");
}
