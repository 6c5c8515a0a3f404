namespace HanoiDvc.Domain.Statistics;

/// <summary>
/// One indicator (chỉ số thành phần) of the national service index: its names, maximum points, formula in words, legal source,
/// and which input it reads. An indicator whose input this product does not hold carries the reason instead.
/// </summary>
/// <param name="Code">Stable key, e.g. <c>TD1</c>.</param>
/// <param name="Group">Its group.</param>
/// <param name="Name">Vietnamese name, as in the decision.</param>
/// <param name="NameEn">English name.</param>
/// <param name="MaxPoints">Its maximum points.</param>
/// <param name="FullAt">The rate (0–1] from which the maximum is earned; below it the points are proportional (maximum × rate ÷ this).</param>
/// <param name="Formula">The rate in words, Vietnamese.</param>
/// <param name="FormulaEn">The rate in words, English.</param>
/// <param name="Source">Where the indicator is defined (document, section) and what of it could not be checked.</param>
/// <param name="Input">Picks the indicator's count from the inputs; null when this product cannot know it.</param>
/// <param name="Reason">Why the indicator is not measured here when its input is absent (Vietnamese).</param>
/// <param name="ReasonEn">The same in English.</param>
public sealed record ServiceIndexIndicator(
    string Code,
    ServiceIndexGroup Group,
    string Name,
    string NameEn,
    decimal MaxPoints,
    decimal FullAt,
    string Formula,
    string FormulaEn,
    string Source,
    Func<ServiceIndexInputs, Ratio?>? Input,
    string Reason,
    string ReasonEn)
{
    /// <summary>
    /// The points of a rate: the maximum once the rate reaches <paramref name="fullAt"/>, below it the maximum × rate ÷
    /// <paramref name="fullAt"/>, to two decimals. A count larger than what it is counted out of earns the maximum, a negative
    /// one nothing. Null when there is nothing to count (denominator 0).
    /// </summary>
    public static decimal? Points(decimal maxPoints, decimal fullAt, Ratio ratio)
    {
        ArgumentNullException.ThrowIfNull(ratio);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fullAt);
        return ratio.Value is { } rate ? Math.Round(maxPoints * Math.Min(1m, rate / fullAt), 2, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>Scores the indicator on <paramref name="inputs"/>.</summary>
    public ServiceIndexScore Score(ServiceIndexInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var ratio = Input?.Invoke(inputs);
        if (ratio is null)
        {
            return new ServiceIndexScore(this, null, null, Reason, ReasonEn);
        }

        return Points(MaxPoints, FullAt, ratio) is { } points
            ? new ServiceIndexScore(this, ratio, points, null, null)
            : new ServiceIndexScore(this, ratio, null, "Không có hồ sơ để tính trong kỳ.", "Nothing to count in the period.");
    }
}

/// <summary>An indicator scored: its count and points, or why it is not measured (then it counts in no maximum).</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Ratio">Its count; null when not measured here.</param>
/// <param name="Points">Points earned; null when not measured.</param>
/// <param name="Reason">Why it is not measured (Vietnamese); null when measured.</param>
/// <param name="ReasonEn">The same in English.</param>
public sealed record ServiceIndexScore(ServiceIndexIndicator Indicator, Ratio? Ratio, decimal? Points, string? Reason, string? ReasonEn)
{
    /// <summary>Whether the indicator was measured (it then counts in the measured maximum).</summary>
    public bool Measured => Points is not null;
}
