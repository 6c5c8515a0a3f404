using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Statistics.Common;

/// <summary>The figures of one slice (the whole period, one agency, one procedure or one month). Shares are fractions 0–1, null when there is nothing to divide by.</summary>
/// <param name="Received">Dossiers received in the period, by channel.</param>
/// <param name="Resolved">Dossiers resolved (approved or refused) in the period, against their due instant.</param>
/// <param name="Withdrawn">Received dossiers withdrawn by the applicant in the period.</param>
/// <param name="Stopped">Received dossiers whose processing was stopped in the period.</param>
/// <param name="InProgress">Open dossiers at the end of the period (or now, for a period not over yet); null for monthly series.</param>
/// <param name="ProcessingTime">Working time used against the legal limit by the resolved dossiers ("3 giảm": time saved).</param>
/// <param name="Payments">Online fee payments in the period (VND).</param>
/// <param name="Satisfaction">Ratings given in the period.</param>
public sealed record StatisticsFigures(
    ReceivedFigures Received,
    ResolvedFigures Resolved,
    long Withdrawn,
    long Stopped,
    InProgressFigures? InProgress,
    ProcessingTimeFigures ProcessingTime,
    PaymentFigures Payments,
    SatisfactionFigures Satisfaction)
{
    /// <summary>Working minutes of one working day of a legal limit (days × 8 hours).</summary>
    public static readonly decimal WorkingDayMinutes = TimeLimit.WorkingDays(1).WorkingHours * 60;

    /// <summary>The figures of summed counters and, when counted, the open dossiers.</summary>
    public static StatisticsFigures From(StatisticsCounters c, InProgressFigures? inProgress)
    {
        var direct = c.ReceivedInPerson + c.ReceivedPost;
        var rated = c.RatedVerySatisfied + c.RatedSatisfied + c.RatedUnsatisfied;
        return new StatisticsFigures(
            new ReceivedFigures(c.Received, c.ReceivedOnline, direct, c.ReceivedInPerson, c.ReceivedPost, Share(c.ReceivedOnline, c.Received)),
            new ResolvedFigures(c.Resolved, c.ResolvedEarly, c.ResolvedOnTime, c.ResolvedLate, c.Refused, Share(c.ResolvedEarly + c.ResolvedOnTime, c.Resolved)),
            c.Withdrawn,
            c.Stopped,
            inProgress,
            new ProcessingTimeFigures(
                c.TimedCount,
                Days(c.UsedMinutes, c.TimedCount),
                Days(c.LimitMinutes, c.TimedCount),
                Days(c.LimitMinutes - c.UsedMinutes, 1),
                c.LimitMinutes == 0 ? null : Math.Round((decimal)(c.LimitMinutes - c.UsedMinutes) / c.LimitMinutes, 4)),
            new PaymentFigures(c.PaidCount, c.PaidVnd, c.RefundedCount, c.RefundedVnd, c.PaidVnd - c.RefundedVnd),
            new SatisfactionFigures(
                rated, c.RatedVerySatisfied, c.RatedSatisfied, c.RatedUnsatisfied,
                Share(c.RatedVerySatisfied + c.RatedSatisfied, rated)));
    }

    /// <summary><paramref name="part"/> ÷ <paramref name="whole"/> to four decimals; null when the whole is 0.</summary>
    public static decimal? Share(long part, long whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);

    private static decimal? Days(long minutes, long count) =>
        count == 0 ? null : Math.Round(minutes / WorkingDayMinutes / count, 2);
}

/// <param name="Total">All channels.</param>
/// <param name="Online">Submitted online (trực tuyến).</param>
/// <param name="Direct">At the desk or by post (trực tiếp + bưu chính).</param>
/// <param name="InPerson">At the desk.</param>
/// <param name="Post">By the public postal service.</param>
/// <param name="OnlineShare">Online ÷ total.</param>
public sealed record ReceivedFigures(long Total, long Online, long Direct, long InPerson, long Post, decimal? OnlineShare);

/// <param name="Total">Early + on time + late.</param>
/// <param name="Early">Trước hạn.</param>
/// <param name="OnTime">Đúng hạn.</param>
/// <param name="Late">Quá hạn.</param>
/// <param name="Refused">Of the total, refused with reasons.</param>
/// <param name="OnTimeRate">(Early + on time) ÷ total.</param>
public sealed record ResolvedFigures(long Total, long Early, long OnTime, long Late, long Refused, decimal? OnTimeRate);

/// <param name="AsOf">The instant counted: the end of the period, or now when the period is not over.</param>
/// <param name="CarriedOver">Open at the start of the period (kỳ trước chuyển qua), from the tables.</param>
/// <param name="Total">Open at <paramref name="AsOf"/>.</param>
/// <param name="WithinTime">Of them, not past their due instant (a dossier waiting for a supplement is paused, so within time).</param>
/// <param name="Overdue">Of them, past their due instant.</param>
public sealed record InProgressFigures(DateTimeOffset AsOf, long CarriedOver, long Total, long WithinTime, long Overdue);

/// <param name="Dossiers">Resolved dossiers counted.</param>
/// <param name="AverageWorkingDays">Working days the legal clock ran, on average (pauses excluded; 8 hours a day).</param>
/// <param name="AverageLimitDays">Their legal limit, on average.</param>
/// <param name="SavedWorkingDays">Limit minus used, summed over the dossiers (negative when late ones outweigh).</param>
/// <param name="SavedShare">Saved ÷ limit.</param>
public sealed record ProcessingTimeFigures(long Dossiers, decimal? AverageWorkingDays, decimal? AverageLimitDays, decimal? SavedWorkingDays, decimal? SavedShare);

/// <param name="PaidCount">Dossiers whose fees were paid online in the period.</param>
/// <param name="PaidVnd">Their amount.</param>
/// <param name="RefundedCount">Refunds recorded in the period.</param>
/// <param name="RefundedVnd">Their amount.</param>
/// <param name="CollectedVnd">Paid minus refunded.</param>
public sealed record PaymentFigures(long PaidCount, long PaidVnd, long RefundedCount, long RefundedVnd, long CollectedVnd);

/// <param name="Rated">Ratings given.</param>
/// <param name="VerySatisfied">Rất hài lòng.</param>
/// <param name="Satisfied">Hài lòng.</param>
/// <param name="Unsatisfied">Không hài lòng.</param>
/// <param name="SatisfactionRate">(Very satisfied + satisfied) ÷ rated.</param>
/// <remarks>The national index's satisfaction indicator is in <c>GetServiceIndex</c> (HL3), over one denominator.</remarks>
public sealed record SatisfactionFigures(long Rated, long VerySatisfied, long Satisfied, long Unsatisfied, decimal? SatisfactionRate);
