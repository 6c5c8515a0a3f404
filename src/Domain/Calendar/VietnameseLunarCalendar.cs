namespace HanoiDvc.Domain.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar, computed astronomically for the UTC+07:00 meridian (Hồ Ngọc Đức's published method):
/// a month starts on the local day of a new moon; month 11 is the month containing the winter solstice; a year of 13 months
/// between two months 11 repeats the first month that holds no major solar term (sun-longitude multiple of 30°) as a leap month.
/// Not <see cref="System.Globalization.ChineseLunisolarCalendar"/>, which counts at UTC+08:00 and differs in some years (Tết 1985, 2007).
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>The first supported lunar year.</summary>
    public const int MinYear = 1800;

    /// <summary>The last supported lunar year.</summary>
    public const int MaxYear = 2199;

    private const double TimeZoneOffsetDays = 7.0 / 24.0;
    private const double MeanSynodicMonth = 29.530588853;
    private const double FirstNewMoonOf1900 = 2415021.076998695;
    private const int JulianDayOfDayNumberZero = 1721426;
    private const double Degree = Math.PI / 180.0;

    /// <summary>The Gregorian date of a lunar date.</summary>
    /// <exception cref="DomainException">The lunar date does not exist (e.g. a leap month the year does not have, or day 30 of a 29-day month) or is out of range.</exception>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false)
    {
        if (lunarYear is < MinYear or > MaxYear || lunarMonth is < 1 or > 12 || lunarDay is < 1 or > 30)
        {
            throw InvalidDate(lunarYear, lunarMonth, lunarDay, leapMonth);
        }

        var cycle = MonthsFromWinterSolstice(lunarMonth >= 11 ? lunarYear : lunarYear - 1);
        foreach (var month in cycle)
        {
            if (month.LunarYear == lunarYear && month.Number == lunarMonth && month.IsLeap == leapMonth && lunarDay <= month.Length)
            {
                return DateOnly.FromDayNumber(month.Start + lunarDay - 1 - JulianDayOfDayNumberZero);
            }
        }

        throw InvalidDate(lunarYear, lunarMonth, lunarDay, leapMonth);
    }

    /// <summary>The Gregorian date of a lunar date.</summary>
    /// <exception cref="DomainException">The lunar date does not exist or is out of range.</exception>
    public static DateOnly ToSolar(LunarDate date) => ToSolar(date.Year, date.Month, date.Day, date.IsLeapMonth);

    /// <summary>The lunar date of a Gregorian date.</summary>
    /// <exception cref="DomainException">The date falls outside the lunar years <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static LunarDate FromSolar(DateOnly date)
    {
        if (date.Year is >= MinYear and <= MaxYear + 1)
        {
            var day = date.DayNumber + JulianDayOfDayNumberZero;
            var cycleYear = day >= MonthElevenStart(date.Year) ? date.Year : date.Year - 1;
            var month = MonthsFromWinterSolstice(cycleYear).Last(m => m.Start <= day);
            if (month.LunarYear is >= MinYear and <= MaxYear)
            {
                return new LunarDate(month.LunarYear, month.Number, day - month.Start + 1, month.IsLeap);
            }
        }

        throw new DomainException("calendar.lunar_out_of_range", $"{date:yyyy-MM-dd} is outside the supported lunar years {MinYear}–{MaxYear}.");
    }

    /// <summary>The leap month (tháng nhuận) of a lunar year, or null when the year has none.</summary>
    public static int? LeapMonthOf(int lunarYear)
    {
        if (lunarYear is < MinYear or > MaxYear)
        {
            throw new DomainException("calendar.lunar_out_of_range", $"{lunarYear} is outside the supported years {MinYear}–{MaxYear}.");
        }

        return MonthsFromWinterSolstice(lunarYear - 1).Concat(MonthsFromWinterSolstice(lunarYear))
            .Where(m => m.IsLeap && m.LunarYear == lunarYear)
            .Select(m => (int?)m.Number)
            .FirstOrDefault();
    }

    /// <summary>The months from month 11 of lunar year <paramref name="year"/> up to, not including, the next month 11.</summary>
    private static LunarMonth[] MonthsFromWinterSolstice(int year)
    {
        var first = MonthElevenStart(year);
        var next = MonthElevenStart(year + 1);
        var k = (int)Math.Floor(0.5 + ((first - FirstNewMoonOf1900) / MeanSynodicMonth));
        var count = next - first > 365 ? 13 : 12;

        var starts = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            starts[i] = NewMoonDay(k + i);
        }

        // In a 13-month cycle the leap month is the first after month 11 in which the sun enters no new 30° sector.
        var leapIndex = -1;
        if (count == 13)
        {
            for (var i = 1; i < count && leapIndex < 0; i++)
            {
                if (SunSector(starts[i]) == SunSector(starts[i + 1]))
                {
                    leapIndex = i;
                }
            }
        }

        var months = new LunarMonth[count];
        var number = 10;
        var lunarYear = year;
        for (var i = 0; i < count; i++)
        {
            var isLeap = i == leapIndex;
            if (!isLeap)
            {
                number = (number % 12) + 1;
                if (number == 1)
                {
                    lunarYear = year + 1;
                }
            }

            months[i] = new LunarMonth(starts[i], starts[i + 1] - starts[i], number, isLeap, lunarYear);
        }

        return months;
    }

    /// <summary>The Julian day number of the local day on which month 11 (the month of the winter solstice) of <paramref name="year"/> starts.</summary>
    private static int MonthElevenStart(int year)
    {
        var lastDayOfYear = new DateOnly(year, 12, 31).DayNumber + JulianDayOfDayNumberZero;
        var k = (int)Math.Floor((lastDayOfYear - FirstNewMoonOf1900) / MeanSynodicMonth);
        var start = NewMoonDay(k);

        // A month starting with the sun already past 270° (sector 9) began after the solstice: month 11 is the one before.
        return SunSector(start) >= 9 ? NewMoonDay(k - 1) : start;
    }

    /// <summary>The Julian day number of the UTC+7 local day of the k-th new moon after 1 January 1900.</summary>
    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZoneOffsetDays);

    /// <summary>The 30° sector (0–11) of the sun's apparent longitude at local midnight starting <paramref name="julianDayNumber"/>.</summary>
    private static int SunSector(int julianDayNumber) =>
        (int)Math.Floor(SunLongitude(julianDayNumber - 0.5 - TimeZoneOffsetDays) / 30.0);

    /// <summary>The Julian date of the k-th new moon after 1 January 1900 (Meeus, with the ΔT correction of the published method).</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;

        var mean = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Sin(166.56 + (132.87 * t) - (0.009173 * t2)));
        var sunAnomaly = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var moonAnomaly = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var latitudeArgument = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);

        var correction = ((0.1734 - (0.000393 * t)) * Sin(sunAnomaly))
            + (0.0021 * Sin(2 * sunAnomaly))
            - (0.4068 * Sin(moonAnomaly))
            + (0.0161 * Sin(2 * moonAnomaly))
            - (0.0004 * Sin(3 * moonAnomaly))
            + (0.0104 * Sin(2 * latitudeArgument))
            - (0.0051 * Sin(sunAnomaly + moonAnomaly))
            - (0.0074 * Sin(sunAnomaly - moonAnomaly))
            + (0.0004 * Sin((2 * latitudeArgument) + sunAnomaly))
            - (0.0004 * Sin((2 * latitudeArgument) - sunAnomaly))
            - (0.0006 * Sin((2 * latitudeArgument) + moonAnomaly))
            + (0.0010 * Sin((2 * latitudeArgument) - moonAnomaly))
            + (0.0005 * Sin(sunAnomaly + (2 * moonAnomaly)));

        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);

        return mean + correction - deltaT;
    }

    /// <summary>The sun's apparent longitude in degrees [0, 360) at Julian date <paramref name="julianDate"/> (Meeus, low precision).</summary>
    private static double SunLongitude(double julianDate)
    {
        var t = (julianDate - 2451545.0) / 36525;
        var t2 = t * t;
        var meanAnomaly = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var meanLongitude = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var centre = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Sin(2 * meanAnomaly))
            + (0.000290 * Sin(3 * meanAnomaly));

        var longitude = (meanLongitude + centre) % 360.0;
        return longitude < 0 ? longitude + 360.0 : longitude;
    }

    private static double Sin(double degrees) => Math.Sin(degrees * Degree);

    private static DomainException InvalidDate(int year, int month, int day, bool leap) =>
        new("calendar.invalid_lunar_date", $"{new LunarDate(year, month, day, leap)} is not a date of the Vietnamese lunar calendar ({MinYear}–{MaxYear}).");

    private readonly record struct LunarMonth(int Start, int Length, int Number, bool IsLeap, int LunarYear);
}
