using System.Globalization;

namespace HanoiDvc.Domain.Calendar;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch).</summary>
/// <param name="Year">The lunar year, numbered like the Gregorian year in which it mostly falls (Tết 2025 starts lunar year 2025, Ất Tỵ).</param>
/// <param name="Month">The lunar month, 1 (tháng Giêng) to 12 (tháng Chạp).</param>
/// <param name="Day">The day of the lunar month, 1 to 30.</param>
/// <param name="IsLeapMonth">Whether the month is the intercalary (nhuận) repetition of <paramref name="Month"/>.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    /// <summary>The date as <c>day/month/year</c>, with <c>(nhuận)</c> for a leap month, e.g. <c>10/3/2025</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month}{(IsLeapMonth ? " (nhuận)" : string.Empty)}/{Year}");
}
