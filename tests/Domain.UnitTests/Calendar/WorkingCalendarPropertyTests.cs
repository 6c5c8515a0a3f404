using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Calendar;

/// <summary>Laws that hold for any start and duration, checked on many seeded random cases over the seeded years.</summary>
public class WorkingCalendarPropertyTests
{
    private const int Cases = 2_000;

    private static WorkingCalendar Calendar => SeedCalendars.Calendar;

    [Test]
    public void Between_ReceivedStartAndAddedDuration_IsTheDuration()
    {
        var random = new Random(20250129);
        for (var i = 0; i < Cases; i++)
        {
            var start = Calendar.ReceivedAt(RandomInstant(random));
            var duration = RandomDuration(random);

            var end = Calendar.Add(start, duration);

            Calendar.Between(start, end).ShouldBe(duration, $"start {start:O}, duration {duration}");
        }
    }

    [Test]
    public void Add_IsStrictlyIncreasingInTheDuration()
    {
        var random = new Random(20260217);
        for (var i = 0; i < Cases; i++)
        {
            var start = Calendar.ReceivedAt(RandomInstant(random));
            var shorter = RandomDuration(random);
            var longer = shorter + WorkingDuration.FromMinutes(random.Next(1, 3 * WorkingDuration.MinutesPerDay));

            Calendar.Add(start, shorter).ShouldBeLessThan(Calendar.Add(start, longer), $"start {start:O}, {shorter} vs {longer}");
        }
    }

    [Test]
    public void Add_InTwoStepsEqualsAddInOne()
    {
        var random = new Random(20240210);
        for (var i = 0; i < Cases; i++)
        {
            var start = Calendar.ReceivedAt(RandomInstant(random));
            var first = RandomDuration(random);
            var second = RandomDuration(random);

            Calendar.Add(Calendar.Add(start, first), second).ShouldBe(Calendar.Add(start, first + second), $"start {start:O}, {first} + {second}");
        }
    }

    [Test]
    public void ReceivedAt_IsNeverEarlier_FallsInASessionOfAWorkingDay_AndIsStable()
    {
        var random = new Random(20070217);
        for (var i = 0; i < Cases; i++)
        {
            var submitted = RandomInstant(random);

            var received = Calendar.ReceivedAt(submitted);

            received.ShouldBeGreaterThanOrEqualTo(submitted);
            Calendar.ReceivedAt(received).ShouldBe(received);
            var local = received.ToOffset(Vn.Offset);
            Calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)).ShouldBeTrue($"{submitted:O} → {received:O}");
            Calendar.WorkingHours.Sessions.ShouldContain(s => s.Contains(TimeOnly.FromDateTime(local.DateTime)), $"{submitted:O} → {received:O}");
            Calendar.Between(submitted, received).ShouldBe(WorkingDuration.Zero);
        }
    }

    [Test]
    public void Between_IsAdditiveOverWholeMinuteInstants()
    {
        var random = new Random(19850121);
        for (var i = 0; i < Cases; i++)
        {
            var instants = new[] { RandomInstant(random, wholeMinutes: true), RandomInstant(random, wholeMinutes: true), RandomInstant(random, wholeMinutes: true) }
                .Order()
                .ToArray();

            (Calendar.Between(instants[0], instants[1]) + Calendar.Between(instants[1], instants[2]))
                .ShouldBe(Calendar.Between(instants[0], instants[2]), string.Join(", ", instants.Select(x => x.ToString("O"))));
        }
    }

    private static DateTimeOffset RandomInstant(Random random, bool wholeMinutes = false)
    {
        var day = Vn.At(2024, 1, 1, 0, 0).AddDays(random.Next(0, 4 * 365));
        var seconds = wholeMinutes ? 60 * random.Next(0, 24 * 60) : random.Next(0, 24 * 3600);
        return day.AddSeconds(seconds);
    }

    private static WorkingDuration RandomDuration(Random random) => WorkingDuration.FromMinutes(random.Next(0, 30 * WorkingDuration.MinutesPerDay));
}
