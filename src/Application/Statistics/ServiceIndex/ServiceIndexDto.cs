using HanoiDvc.Domain.Statistics;

namespace HanoiDvc.Application.Statistics.ServiceIndex;

/// <summary>Points earned out of the maximum of what is measured here, and the maximum of everything.</summary>
/// <param name="Points">Points earned by the measured indicators.</param>
/// <param name="MeasuredMax">The maximum of the measured indicators: what <paramref name="Points"/> is out of.</param>
/// <param name="Max">The maximum of every indicator (100 for the index).</param>
public sealed record ServiceIndexPointsDto(decimal Points, decimal MeasuredMax, decimal Max)
{
    /// <summary>The points of some scored indicators.</summary>
    public static ServiceIndexPointsDto Of(IReadOnlyCollection<ServiceIndexScore> scores) =>
        new(scores.Sum(s => s.Points ?? 0), scores.Where(s => s.Measured).Sum(s => s.Indicator.MaxPoints), scores.Sum(s => s.Indicator.MaxPoints));
}

/// <param name="Code">Stable key, e.g. <c>TD1</c>.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Formula">The rate in words, Vietnamese.</param>
/// <param name="FormulaEn">The rate in words, English.</param>
/// <param name="Source">The legal source, and what of it could not be checked.</param>
/// <param name="MaxPoints">Maximum points.</param>
/// <param name="FullAt">The rate (0–1) from which the maximum is earned.</param>
/// <param name="Points">Points earned; null when not measured here.</param>
/// <param name="Measured">Whether the indicator is measured here (then it counts in the measured maximum).</param>
/// <param name="Reason">Why it is not measured (Vietnamese); null when measured.</param>
/// <param name="ReasonEn">The same in English.</param>
/// <param name="Numerator">What meets the indicator; null when not measured.</param>
/// <param name="Denominator">What it is counted out of; null when not measured.</param>
/// <param name="Value">Numerator ÷ denominator, 0–1; null when not measured or nothing to count.</param>
public sealed record ServiceIndexIndicatorDto(
    string Code, string Name, string NameEn, string Formula, string FormulaEn, string Source, decimal MaxPoints, decimal FullAt,
    decimal? Points, bool Measured, string? Reason, string? ReasonEn, long? Numerator, long? Denominator, decimal? Value)
{
    /// <summary>The answer for one scored indicator.</summary>
    public static ServiceIndexIndicatorDto From(ServiceIndexScore s)
    {
        var i = s.Indicator;
        return new(i.Code, i.Name, i.NameEn, i.Formula, i.FormulaEn, i.Source, i.MaxPoints, i.FullAt, s.Points, s.Measured, s.Reason, s.ReasonEn,
            s.Ratio?.Numerator, s.Ratio?.Denominator, s.Ratio?.Value);
    }
}

/// <param name="Group">The group.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Total">Its points, measured maximum and maximum.</param>
/// <param name="Indicators">Its indicators, in the decision's order.</param>
public sealed record ServiceIndexGroupDto(ServiceIndexGroup Group, string Name, string NameEn, ServiceIndexPointsDto Total, IReadOnlyList<ServiceIndexIndicatorDto> Indicators)
{
    /// <summary>The five groups of a scoring.</summary>
    public static IReadOnlyList<ServiceIndexGroupDto> Of(IReadOnlyList<ServiceIndexScore> scores) =>
        [.. ServiceIndexGroupInfo.All.Select(g =>
        {
            var own = scores.Where(s => s.Indicator.Group == g.Group).ToList();
            return new ServiceIndexGroupDto(g.Group, g.Name, g.NameEn, ServiceIndexPointsDto.Of(own), [.. own.Select(ServiceIndexIndicatorDto.From)]);
        })];
}

/// <param name="Year">The period's year.</param>
/// <param name="Number">Its month, quarter or 1.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Total">The index's total in that period.</param>
public sealed record ServiceIndexTrendDto(int Year, int Number, DateOnly From, DateOnly To, ServiceIndexPointsDto Total);

/// <param name="Kind">Month, quarter or year.</param>
/// <param name="Year">The year.</param>
/// <param name="Number">The month, quarter or 1.</param>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day.</param>
/// <param name="AgencyId">The agency asked for (with those below it); null for everything the caller oversees.</param>
/// <param name="AgencyName">Its name, or the city's.</param>
/// <param name="AgencyNameEn">The same in English.</param>
/// <param name="Total">Points earned out of the measured maximum (and the full 100).</param>
/// <param name="Groups">The five groups with their indicators.</param>
/// <param name="Trend">The totals of the five periods of the same kind before this one, oldest first.</param>
public sealed record ServiceIndexDto(
    ServiceIndexPeriodKind Kind, int Year, int Number, DateOnly From, DateOnly To, Guid? AgencyId, string AgencyName, string AgencyNameEn,
    ServiceIndexPointsDto Total, IReadOnlyList<ServiceIndexGroupDto> Groups, IReadOnlyList<ServiceIndexTrendDto> Trend);
