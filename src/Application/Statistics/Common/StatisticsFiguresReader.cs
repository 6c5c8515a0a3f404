using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Statistics.Common;

/// <summary>The figures of one key of a breakdown.</summary>
public sealed record KeyedFigures(string Key, StatisticsFigures Figures);

/// <summary>
/// Puts the read model's pieces together: the period's counters, the stock carried over from before it (counters of all
/// earlier days: received − resolved − withdrawn − stopped) and the open dossiers at the end of the period.
/// </summary>
internal sealed class StatisticsFiguresReader(IStatisticsReadModel model, TimeProvider clock)
{
    public async Task<IReadOnlyList<KeyedFigures>> ReadAsync(StatisticsSlice slice, StatisticsGrouping grouping, CancellationToken cancellationToken)
    {
        var counts = await model.CountAsync(slice, grouping, cancellationToken);
        if (grouping == StatisticsGrouping.Month)
        {
            var byMonth = counts.ToDictionary(c => c.Key, StringComparer.Ordinal);
            return [.. Months(slice.From, slice.To).Select(month =>
                new KeyedFigures(month, StatisticsFigures.From(byMonth.GetValueOrDefault(month) ?? new StatisticsCounters { Key = month }, null)))];
        }

        var now = clock.GetUtcNow();
        var end = VietnamTimeZone.EndOf(slice.To);
        var asOf = end < now ? end : now;
        IReadOnlyList<StatisticsCounters> before = slice.From == DateOnly.MinValue
            ? []
            : await model.CountAsync(slice with { From = DateOnly.MinValue, To = slice.From.AddDays(-1) }, grouping, cancellationToken);
        var carried = before.ToDictionary(c => c.Key, c => c.NetOpened, StringComparer.Ordinal);
        var open = (await model.InProgressAsync(slice, grouping, end < now ? end : null, cancellationToken)).ToDictionary(c => c.Key, StringComparer.Ordinal);
        var byKey = counts.ToDictionary(c => c.Key, StringComparer.Ordinal);
        IEnumerable<string> keys = grouping == StatisticsGrouping.None
            ? [string.Empty]
            : byKey.Keys.Union(open.Keys).Union(carried.Where(c => c.Value != 0).Select(c => c.Key)).Distinct(StringComparer.Ordinal);
        return [.. keys.Select(key =>
        {
            var inProgress = open.GetValueOrDefault(key);
            var figures = new InProgressFigures(asOf, carried.GetValueOrDefault(key),
                (inProgress?.WithinTime ?? 0) + (inProgress?.Overdue ?? 0), inProgress?.WithinTime ?? 0, inProgress?.Overdue ?? 0);
            return new KeyedFigures(key, StatisticsFigures.From(byKey.GetValueOrDefault(key) ?? new StatisticsCounters { Key = key }, figures));
        })];
    }

    /// <summary>Today in Hanoi.</summary>
    public DateOnly Today() => VietnamTimeZone.Today(clock.GetUtcNow());

    private static IEnumerable<string> Months(DateOnly from, DateOnly to)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            yield return MonthKey(month);
        }
    }

    /// <summary>The key of a month: <c>yyyy-MM</c>.</summary>
    public static string MonthKey(DateOnly day) => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
