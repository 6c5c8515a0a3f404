using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Statistics.Common;

/// <summary>
/// How fresh the figures are: the tables are rebuilt nightly (decision 0016), so every day from the one of the last rebuild
/// on (today at least) is counted live from the dossiers and added to the tables' earlier days.
/// </summary>
/// <param name="AsOf">The instant the figures describe (now).</param>
/// <param name="LiveFrom">The first business day counted live from the dossiers.</param>
/// <param name="RebuiltAt">When the tables were last rebuilt; null if never.</param>
public sealed record StatisticsFreshness(DateTimeOffset AsOf, DateOnly LiveFrom, DateTimeOffset? RebuiltAt)
{
    /// <summary>Days counted live at most, when the tables were not rebuilt for longer (or never): beyond, the figures wait for a rebuild.</summary>
    public const int MaxLiveDays = 31;

    /// <summary>The live days for a last rebuild at <paramref name="rebuiltAt"/>: from that rebuild's Hanoi day (its rows are as of that instant), never before <see cref="MaxLiveDays"/> days ago.</summary>
    public static StatisticsFreshness At(DateTimeOffset now, DateTimeOffset? rebuiltAt)
    {
        var today = VietnamTimeZone.Today(now);
        var floor = today.AddDays(-MaxLiveDays);
        var rebuiltDay = rebuiltAt is { } at ? VietnamTimeZone.Today(at) : floor;
        var liveFrom = rebuiltDay > today ? today : rebuiltDay < floor ? floor : rebuiltDay;
        return new StatisticsFreshness(now, liveFrom, rebuiltAt);
    }
}
