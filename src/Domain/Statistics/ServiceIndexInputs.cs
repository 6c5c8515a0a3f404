namespace HanoiDvc.Domain.Statistics;

/// <summary>A count and what it is counted out of; the rate is <see cref="Numerator"/> ÷ <see cref="Denominator"/>.</summary>
/// <param name="Numerator">What meets the indicator.</param>
/// <param name="Denominator">What the indicator counts.</param>
public sealed record Ratio(long Numerator, long Denominator)
{
    /// <summary>The rate 0–1 to four decimals; null when there is nothing to count.</summary>
    public decimal? Value => Denominator <= 0 ? null : Math.Round(Math.Clamp((decimal)Numerator / Denominator, 0m, 1m), 4);
}

/// <summary>
/// What the index is computed from, for one agency (with those below it) and one period. A null input is one this product
/// does not hold (yet): the indicators that need it are "not measured here", never zero.
/// </summary>
/// <param name="OnTime">Dossiers resolved early or on time plus those open within their time at the end of the period, out of the dossiers resolved in the period plus those open then.</param>
/// <param name="ElectronicResults">Dossiers approved in the period with an electronic result issued, out of the dossiers approved (resolved and not refused).</param>
/// <param name="Digitised">Dossiers received in the period whose documents were digitised and, when a result was issued, the result too (online dossiers and electronic results count), out of the dossiers received.</param>
/// <param name="Reused">Dossiers received in the period that took at least one document from the applicant's store of digitised documents instead of a new upload, out of the dossiers received.</param>
/// <param name="ProceduresOnline">Published procedures offered as online public services (một phần or toàn trình), out of the published procedures.</param>
/// <param name="OnlineProceduresUsed">Procedures offered online that received at least one online dossier in the period, out of the procedures offered online.</param>
/// <param name="OnlineDossiers">Dossiers received online in the period, out of all dossiers received.</param>
/// <param name="FeeProceduresPayable">Published procedures with a fee whose fee can be paid online, out of the published procedures with a fee.</param>
/// <param name="PaidOnline">Dossiers received in the period with a fee that was paid online, out of the dossiers received with a fee.</param>
/// <param name="ComplaintsOnTime">Complaints (phản ánh, kiến nghị) answered by their due date, out of the complaints filed in the period.</param>
/// <param name="Served">Dossiers resolved in the period neither late nor rated unsatisfied, out of the dossiers resolved (one denominator for both).</param>
public sealed record ServiceIndexInputs(
    Ratio? OnTime,
    Ratio? ElectronicResults,
    Ratio? Digitised,
    Ratio? Reused,
    Ratio? ProceduresOnline,
    Ratio? OnlineProceduresUsed,
    Ratio? OnlineDossiers,
    Ratio? FeeProceduresPayable,
    Ratio? PaidOnline,
    Ratio? ComplaintsOnTime,
    Ratio? Served);
