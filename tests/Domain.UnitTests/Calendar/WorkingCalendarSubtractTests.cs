using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Calendar;

/// <summary>Working time backwards: used for "at the latest one working day before the due date" (the apology, form 04).</summary>
public class WorkingCalendarSubtractTests
{
    private static readonly WorkingCalendar Plain = new(WorkingHours.Default, [], []);

    private static WorkingCalendar Calendar => SeedCalendars.Calendar;

    [Test]
    public void Subtract_OneDayBeforeTuesday1700_IsMonday1700_NotTuesday0800() =>
        Plain.Subtract(Vn.At(2025, 3, 4, 17, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 3, 3, 17, 0));

    [Test]
    public void Subtract_OneDayBeforeTuesday1000_IsMonday1000() =>
        Plain.Subtract(Vn.At(2025, 3, 4, 10, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 3, 3, 10, 0));

    [Test]
    public void Subtract_OneDayBeforeMonday1000_SkipsTheWeekend() =>
        Plain.Subtract(Vn.At(2025, 3, 10, 10, 0), WorkingDuration.FromDays(1)).ShouldBe(Vn.At(2025, 3, 7, 10, 0));

    [Test]
    public void Subtract_HalfDayBeforeMonday1500_SkipsLunch() =>
        Plain.Subtract(Vn.At(2025, 3, 3, 15, 0), WorkingDuration.FromDays(0.5m)).ShouldBe(Vn.At(2025, 3, 3, 10, 0));

    [Test]
    public void Subtract_Zero_IsTheInstantItself() =>
        Plain.Subtract(Vn.At(2025, 3, 3, 15, 0), WorkingDuration.Zero).ShouldBe(Vn.At(2025, 3, 3, 15, 0));

    [Test]
    public void Subtract_IsTheInverseOfAdd_OverTheTetHolidays()
    {
        // 2025: Tết days off from Saturday 25 January to Sunday 2 February.
        var start = Vn.At(2025, 1, 24, 10, 0);
        var due = Calendar.Add(start, WorkingDuration.FromDays(2));

        Calendar.Subtract(due, WorkingDuration.FromDays(2)).ShouldBe(start);
        Calendar.Between(Calendar.Subtract(due, WorkingDuration.FromDays(1)), due).ShouldBe(WorkingDuration.FromDays(1));
    }
}
