using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Statistics.Common;

/// <summary>
/// How fresh the figures are: the tables hold every event before an instant (today's rows are recomputed every minute,
/// the last days nightly; decisions 0016 and 0037), and the events from that instant on are counted live from the
/// dossiers and added.
/// </summary>
/// <param name="AsOf">The instant the figures describe (now).</param>
/// <param name="LiveFrom">The first business day with events counted live (the day of <paramref name="LiveSince"/>).</param>
/// <param name="RebuiltAt">When the tables were last rebuilt; null if never.</param>
/// <param name="LiveSince">The events from this instant on are counted live from the dossiers; the earlier ones come from the tables.</param>
public sealed record StatisticsFreshness(DateTimeOffset AsOf, DateOnly LiveFrom, DateTimeOffset? RebuiltAt, DateTimeOffset LiveSince)
{
    /// <summary>Days counted live at most, when the tables were not rebuilt for longer (or never): beyond, the figures wait for a rebuild.</summary>
    public const int MaxLiveDays = 31;

    /// <summary>
    /// The live part for tables that hold every event before <paramref name="coveredUntil"/> (null: never rebuilt): the events
    /// from that instant on, never from before the start of the day <see cref="MaxLiveDays"/> days ago.
    /// </summary>
    public static StatisticsFreshness At(DateTimeOffset now, DateTimeOffset? coveredUntil, DateTimeOffset? rebuiltAt)
    {
        var floor = VietnamTimeZone.EndOf(VietnamTimeZone.Today(now).AddDays(-MaxLiveDays - 1));
        var since = coveredUntil is { } covered && covered > floor ? covered : floor;
        return new StatisticsFreshness(now, VietnamTimeZone.Today(since), rebuiltAt, since);
    }
}
