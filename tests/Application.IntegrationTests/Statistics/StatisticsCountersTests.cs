using HanoiDvc.Application.Statistics.Common;

namespace HanoiDvc.Application.IntegrationTests.Statistics;

/// <summary><see cref="StatisticsCounters.Sum"/> adds every counter, including one added to the class later.</summary>
public sealed class StatisticsCountersTests
{
    [Test]
    public void Sum_AddsEveryCounterOfTheRows()
    {
        var counters = typeof(StatisticsCounters).GetProperties().Where(p => p.PropertyType == typeof(long) && p.CanWrite).ToList();
        counters.Count.ShouldBeGreaterThan(20);
        var rows = Enumerable.Range(1, 3).Select(n =>
        {
            var row = new StatisticsCounters { Key = $"p{n}" };
            for (var i = 0; i < counters.Count; i++)
            {
                counters[i].SetValue(row, (long)(n * 100 + i)); // every counter of every row a different value
            }

            return row;
        }).ToList();

        var total = StatisticsCounters.Sum(rows, "total");

        total.Key.ShouldBe("total");
        for (var i = 0; i < counters.Count; i++)
        {
            ((long)counters[i].GetValue(total)!).ShouldBe(600 + 3 * i, counters[i].Name);
        }
    }
}
