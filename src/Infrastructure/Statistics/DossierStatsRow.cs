using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Infrastructure.Statistics;

/// <summary>
/// One row of the statistics read model: what happened on one business day (or in one month) to the dossiers of one
/// deciding agency and submission channel (and procedure version, in the per-procedure tables). Each counter counts an event on the day it happened
/// (Asia/Ho_Chi_Minh): received on the day of <c>received_at</c>, resolved on <c>resolved_at</c>, withdrawn or stopped
/// on <c>closed_at</c> (neither before the reception: decision 0035), rated on <c>rated_at</c>, paid on <c>paid_at</c>,
/// refunded on <c>refunded_at</c>. Rows are written only by <see cref="StatisticsRebuilder"/> (decision 0016).
/// </summary>
public abstract class StatsRow
{
    /// <summary>The business day; in the monthly tables the first day of the month.</summary>
    public DateOnly Day { get; set; }

    public Guid DecidingAgencyId { get; set; }

    public Channel Channel { get; set; }

    public int Received { get; set; }

    public int ResolvedEarly { get; set; }

    public int ResolvedOnTime { get; set; }

    public int ResolvedLate { get; set; }

    /// <summary>Resolved by a refusal (also counted in the three above).</summary>
    public int Refused { get; set; }

    /// <summary>Withdrawn after reception.</summary>
    public int Withdrawn { get; set; }

    public int Stopped { get; set; }

    public int RatedVerySatisfied { get; set; }

    public int RatedSatisfied { get; set; }

    public int RatedUnsatisfied { get; set; }

    public int PaidCount { get; set; }

    public long PaidVnd { get; set; }

    public int RefundedCount { get; set; }

    public long RefundedVnd { get; set; }

    /// <summary>Resolved dossiers whose working time is in <see cref="UsedMinutes"/> and <see cref="LimitMinutes"/>.</summary>
    public int TimedCount { get; set; }

    /// <summary>Working minutes the legal clock ran until resolution: limit − working time from resolution to due (negative when late).</summary>
    public long UsedMinutes { get; set; }

    /// <summary>Working minutes of their legal limits.</summary>
    public long LimitMinutes { get; set; }

    /// <summary>Received with a fee to pay (counted on the day received).</summary>
    public int ReceivedWithFee { get; set; }

    /// <summary>Of <see cref="ReceivedWithFee"/>, those whose fee was paid online by the rebuild (counted on the day received).</summary>
    public int ReceivedPaidOnline { get; set; }

    /// <summary>Resolved, not refused, with an electronic result issued (counted on the day resolved).</summary>
    public int ResolvedElectronicResult { get; set; }

    /// <summary>Resolved within time and rated unsatisfied, so that late or unsatisfied counts each dossier once (counted on the day resolved).</summary>
    public int ResolvedUnsatisfied { get; set; }

    /// <summary>
    /// Received with their documents digitised and, when a result was issued, the result too, by the rebuild (counted on
    /// the day received; see <c>Dossier.DocumentsDigitisedAt</c> and <c>ResultDigitisedAt</c>).
    /// </summary>
    public int ReceivedDigitised { get; set; }

    /// <summary>Received with at least one document taken from the applicant's personal document store (counted on the day received).</summary>
    public int ReceivedReusing { get; set; }

    /// <summary>
    /// Dossiers that became open and overdue on the day: received and past their due instant, counted on the day of the later
    /// of the two, when they were still open on a later day (see <see cref="StatisticsTables.OverdueWindow"/>).
    /// </summary>
    public int OverdueStarted { get; set; }

    /// <summary>Of those, the ones that ended (resolved, withdrawn or stopped) on the day: counted on the day they ended.</summary>
    public int OverdueEnded { get; set; }

    public DateTimeOffset RebuiltAt { get; set; }
}

/// <summary>A row per procedure version too: what the per-procedure figures and the export read.</summary>
public abstract class DossierStatsRow : StatsRow
{
    public Guid ProcedureVersionId { get; set; }

    /// <summary>The procedure of the version (a copy, for filtering).</summary>
    public Guid ProcedureId { get; set; }

    /// <summary>The version's service level (a copy).</summary>
    public ServiceLevel ServiceLevel { get; set; }

    /// <summary>The version's field (a copy).</summary>
    public ProcedureField Field { get; set; }
}

/// <summary>A row of <c>dossier_daily_stats</c>.</summary>
public sealed class DossierDailyStats : DossierStatsRow;

/// <summary>A row of <c>dossier_monthly_stats</c>: the sum of a month's daily rows.</summary>
public sealed class DossierMonthlyStats : DossierStatsRow;

/// <summary>A row of <c>agency_daily_stats</c>: the day's <c>dossier_daily_stats</c> of an agency and channel summed over procedures (what unfiltered summaries read).</summary>
public sealed class AgencyDailyStats : StatsRow;

/// <summary>A row of <c>agency_monthly_stats</c>: the month's <c>agency_daily_stats</c>.</summary>
public sealed class AgencyMonthlyStats : StatsRow;
