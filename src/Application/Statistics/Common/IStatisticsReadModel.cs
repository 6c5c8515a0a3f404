using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Statistics.Common;

/// <summary>How aggregated figures are broken down.</summary>
public enum StatisticsGrouping
{
    /// <summary>One row for the whole slice (key "").</summary>
    None,

    /// <summary>Per deciding agency (key: its id).</summary>
    Agency,

    /// <summary>Per procedure (key: its id).</summary>
    Procedure,

    /// <summary>Per calendar month, Hanoi business days (key: <c>yyyy-MM</c>).</summary>
    Month,
}

/// <summary>What to count: business days (Asia/Ho_Chi_Minh) from–to inclusive, deciding agencies (null: all), service level, field, procedure.</summary>
public sealed record StatisticsSlice(DateOnly From, DateOnly To, IReadOnlyCollection<Guid>? Agencies, int? Level, ProcedureField? Field, Guid? ProcedureId);

/// <summary>Counters summed over a slice for one key, as stored in the statistics tables (see decision 0016).</summary>
public sealed class StatisticsCounters
{
    public string Key { get; init; } = string.Empty;

    public long ReceivedOnline { get; init; }

    public long ReceivedInPerson { get; init; }

    public long ReceivedPost { get; init; }

    public long ResolvedEarly { get; init; }

    public long ResolvedOnTime { get; init; }

    public long ResolvedLate { get; init; }

    /// <summary>Refused by a leader (part of the resolved ones).</summary>
    public long Refused { get; init; }

    /// <summary>Withdrawn after reception.</summary>
    public long Withdrawn { get; init; }

    public long Stopped { get; init; }

    public long RatedVerySatisfied { get; init; }

    public long RatedSatisfied { get; init; }

    public long RatedUnsatisfied { get; init; }

    public long PaidCount { get; init; }

    public long PaidVnd { get; init; }

    public long RefundedCount { get; init; }

    public long RefundedVnd { get; init; }

    /// <summary>Resolved dossiers whose working time could be counted (the calendar covers their dates).</summary>
    public long TimedCount { get; init; }

    /// <summary>Working minutes the legal clock ran until resolution (pauses excluded), summed.</summary>
    public long UsedMinutes { get; init; }

    /// <summary>Working minutes of the legal limits of the same dossiers, summed.</summary>
    public long LimitMinutes { get; init; }

    /// <summary>Received with a fee to pay.</summary>
    public long ReceivedWithFee { get; init; }

    /// <summary>Of those, paid online.</summary>
    public long ReceivedPaidOnline { get; init; }

    /// <summary>Resolved, not refused, with an electronic result.</summary>
    public long ResolvedElectronicResult { get; init; }

    /// <summary>Resolved within time (early or on time) and rated unsatisfied.</summary>
    public long ResolvedUnsatisfied { get; init; }

    /// <summary>Received with their documents (and any issued result) digitised.</summary>
    public long ReceivedDigitised { get; init; }

    /// <summary>Received with a document taken from the applicant's store.</summary>
    public long ReceivedReusing { get; init; }

    /// <summary>Became overdue while open (on the later of the day received and the day due).</summary>
    public long OverdueStarted { get; init; }

    /// <summary>Ended (resolved, withdrawn, stopped) after having become overdue on an earlier day.</summary>
    public long OverdueEnded { get; init; }

    public long Received => ReceivedOnline + ReceivedInPerson + ReceivedPost;

    public long Resolved => ResolvedEarly + ResolvedOnTime + ResolvedLate;

    /// <summary>Received minus what left the desk's hands (resolved, withdrawn, stopped): the change of the open stock.</summary>
    public long NetOpened => Received - Resolved - Withdrawn - Stopped;

    /// <summary>The change of the overdue part of the open stock.</summary>
    public long NetOverdue => OverdueStarted - OverdueEnded;

    /// <summary>The counters of <paramref name="rows"/> added up under <paramref name="key"/> (e.g. every procedure's into the total).</summary>
    public static StatisticsCounters Sum(IReadOnlyCollection<StatisticsCounters> rows, string key = "") => new()
    {
        Key = key,
        ReceivedOnline = rows.Sum(r => r.ReceivedOnline),
        ReceivedInPerson = rows.Sum(r => r.ReceivedInPerson),
        ReceivedPost = rows.Sum(r => r.ReceivedPost),
        ResolvedEarly = rows.Sum(r => r.ResolvedEarly),
        ResolvedOnTime = rows.Sum(r => r.ResolvedOnTime),
        ResolvedLate = rows.Sum(r => r.ResolvedLate),
        Refused = rows.Sum(r => r.Refused),
        Withdrawn = rows.Sum(r => r.Withdrawn),
        Stopped = rows.Sum(r => r.Stopped),
        RatedVerySatisfied = rows.Sum(r => r.RatedVerySatisfied),
        RatedSatisfied = rows.Sum(r => r.RatedSatisfied),
        RatedUnsatisfied = rows.Sum(r => r.RatedUnsatisfied),
        PaidCount = rows.Sum(r => r.PaidCount),
        PaidVnd = rows.Sum(r => r.PaidVnd),
        RefundedCount = rows.Sum(r => r.RefundedCount),
        RefundedVnd = rows.Sum(r => r.RefundedVnd),
        TimedCount = rows.Sum(r => r.TimedCount),
        UsedMinutes = rows.Sum(r => r.UsedMinutes),
        LimitMinutes = rows.Sum(r => r.LimitMinutes),
        ReceivedWithFee = rows.Sum(r => r.ReceivedWithFee),
        ReceivedPaidOnline = rows.Sum(r => r.ReceivedPaidOnline),
        ResolvedElectronicResult = rows.Sum(r => r.ResolvedElectronicResult),
        ResolvedUnsatisfied = rows.Sum(r => r.ResolvedUnsatisfied),
        ReceivedDigitised = rows.Sum(r => r.ReceivedDigitised),
        ReceivedReusing = rows.Sum(r => r.ReceivedReusing),
        OverdueStarted = rows.Sum(r => r.OverdueStarted),
        OverdueEnded = rows.Sum(r => r.OverdueEnded),
    };
}

/// <summary>Open dossiers at an instant for one key: within their time or past their due instant.</summary>
public sealed class InProgressCounters
{
    public string Key { get; init; } = string.Empty;

    public long WithinTime { get; init; }

    public long Overdue { get; init; }
}

/// <summary>The statistics read model: pre-aggregated counters per day and month, and the open dossiers.</summary>
public interface IStatisticsReadModel
{
    /// <summary>The counters of the slice, per key of <paramref name="grouping"/>; keys with nothing are absent.</summary>
    Task<IReadOnlyList<StatisticsCounters>> CountAsync(StatisticsSlice slice, StatisticsGrouping grouping, CancellationToken cancellationToken);

    /// <summary>
    /// Dossiers received before <paramref name="at"/> and still open then, within time or overdue, per key (not per month).
    /// Null means now: the open dossiers only (partial indexes); an instant in the past is reconstructed from the dossiers' dates.
    /// </summary>
    Task<IReadOnlyList<InProgressCounters>> InProgressAsync(StatisticsSlice slice, StatisticsGrouping grouping, DateTimeOffset? at, CancellationToken cancellationToken);

    /// <summary>
    /// The same for several past <paramref name="instants"/> at once, in one pass over the dossiers, for the whole slice (its
    /// agency, level, field and procedure filters; its dates are not used): one row per instant, keyed by its index.
    /// </summary>
    Task<IReadOnlyList<InProgressCounters>> InProgressAtAsync(StatisticsSlice slice, IReadOnlyList<DateTimeOffset> instants, CancellationToken cancellationToken);

    /// <summary>When the tables were last rebuilt; null if never.</summary>
    Task<DateTimeOffset?> LastRebuiltAtAsync(CancellationToken cancellationToken);

    /// <summary>Which days <see cref="CountAsync"/> counts live from the dossiers rather than from the tables, and as of when.</summary>
    Task<StatisticsFreshness> FreshnessAsync(CancellationToken cancellationToken);
}

/// <summary>What one rebuild of the statistics tables did.</summary>
/// <param name="From">First business day rebuilt.</param>
/// <param name="To">Last business day rebuilt.</param>
/// <param name="DailyRows">Rows of <c>dossier_daily_stats</c> written for those days.</param>
/// <param name="MonthlyRows">Rows of <c>dossier_monthly_stats</c> written for the months touched.</param>
/// <param name="ElapsedMilliseconds">How long it took.</param>
/// <param name="CoveredUntil">
/// The tables now hold every event before this instant; later ones are counted live from the dossiers. A rebuild that reaches
/// the day of the previous instant starts no later than that day (so <paramref name="From"/> may be earlier than asked).
/// </param>
public sealed record StatisticsRebuildResult(DateOnly From, DateOnly To, int DailyRows, int MonthlyRows, long ElapsedMilliseconds, DateTimeOffset? CoveredUntil);

/// <summary>Recomputes the statistics tables for a range of business days from the dossiers (idempotent: delete and insert in one transaction).</summary>
public interface IStatisticsRebuilder
{
    Task<StatisticsRebuildResult> RebuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
