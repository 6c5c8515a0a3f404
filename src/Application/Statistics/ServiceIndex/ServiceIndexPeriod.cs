namespace HanoiDvc.Application.Statistics.ServiceIndex;

/// <summary>The kinds of period the national service index is graded over (Quyết định 766/QĐ-TTg: monthly, quarterly, yearly).</summary>
public enum ServiceIndexPeriodKind
{
    Month,
    Quarter,
    Year,
}

/// <summary>One period of the index: month 1–12, quarter 1–4 or the year (number 1) of a year, as business days in Hanoi.</summary>
/// <param name="Kind">Month, quarter or year.</param>
/// <param name="Year">The year.</param>
/// <param name="Number">The month (1–12), the quarter (1–4), or 1 for a year.</param>
public sealed record ServiceIndexPeriod(ServiceIndexPeriodKind Kind, int Year, int Number)
{
    /// <summary>How many months the period spans.</summary>
    public int Months => Kind switch { ServiceIndexPeriodKind.Month => 1, ServiceIndexPeriodKind.Quarter => 3, _ => 12 };

    /// <summary>The first day.</summary>
    public DateOnly From => new DateOnly(Year, 1, 1).AddMonths((Number - 1) * Months);

    /// <summary>The last day.</summary>
    public DateOnly To => From.AddMonths(Months).AddDays(-1);

    /// <summary>The period before this one, of the same kind.</summary>
    public ServiceIndexPeriod Previous() =>
        Number > 1 ? this with { Number = Number - 1 } : new ServiceIndexPeriod(Kind, Year - 1, 12 / Months);

    /// <summary>The month or quarter that is exactly <paramref name="from"/>–<paramref name="to"/>; otherwise the year <paramref name="from"/> lies in.</summary>
    public static ServiceIndexPeriod Covering(DateOnly from, DateOnly to)
    {
        var month = new ServiceIndexPeriod(ServiceIndexPeriodKind.Month, from.Year, from.Month);
        var quarter = new ServiceIndexPeriod(ServiceIndexPeriodKind.Quarter, from.Year, ((from.Month - 1) / 3) + 1);
        return new[] { month, quarter }.FirstOrDefault(p => p.From == from && p.To == to) ?? new ServiceIndexPeriod(ServiceIndexPeriodKind.Year, from.Year, 1);
    }

    /// <summary>The highest number a period of <paramref name="kind"/> has in a year.</summary>
    public static int MaxNumber(ServiceIndexPeriodKind kind) => kind switch { ServiceIndexPeriodKind.Month => 12, ServiceIndexPeriodKind.Quarter => 4, _ => 1 };
}
