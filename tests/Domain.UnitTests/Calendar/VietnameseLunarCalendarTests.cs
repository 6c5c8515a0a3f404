using System.Globalization;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Calendar;

public class VietnameseLunarCalendarTests
{
    [TestCase(1985, 1, 21)]
    [TestCase(2007, 2, 17)]
    [TestCase(2017, 1, 28)]
    [TestCase(2018, 2, 16)]
    [TestCase(2019, 2, 5)]
    [TestCase(2020, 1, 25)]
    [TestCase(2021, 2, 12)]
    [TestCase(2022, 2, 1)]
    [TestCase(2023, 1, 22)]
    [TestCase(2024, 2, 10)]
    [TestCase(2025, 1, 29)]
    [TestCase(2026, 2, 17)]
    [TestCase(2027, 2, 6)]
    [TestCase(2030, 2, 2)]
    public void ToSolar_FirstDayOfTheYear_IsTet(int year, int month, int day)
    {
        var tet = new DateOnly(year, month, day);

        VietnameseLunarCalendar.ToSolar(year, 1, 1).ShouldBe(tet);
        VietnameseLunarCalendar.FromSolar(tet).ShouldBe(new LunarDate(year, 1, 1));
        VietnameseLunarCalendar.FromSolar(tet.AddDays(-1)).Month.ShouldBe(12);
    }

    [TestCase(2024, 4, 18)]
    [TestCase(2025, 4, 7)]
    [TestCase(2026, 4, 26)]
    public void ToSolar_TenthDayOfThirdMonth_IsHungKingsDay(int year, int month, int day) =>
        VietnameseLunarCalendar.ToSolar(year, 3, 10).ShouldBe(new DateOnly(year, month, day));

    [TestCase(2007, 2, 17)]
    [TestCase(1985, 1, 21)]
    [TestCase(2030, 2, 2)]
    public void Tet_InVietnam_DiffersFromTheChineseCalendarAtUtcPlus8(int year, int month, int day)
    {
        var chinese = DateOnly.FromDateTime(new ChineseLunisolarCalendar().ToDateTime(year, 1, 1, 0, 0, 0, 0));

        VietnameseLunarCalendar.ToSolar(year, 1, 1).ShouldBe(new DateOnly(year, month, day));
        chinese.ShouldNotBe(new DateOnly(year, month, day));
    }

    [TestCase(2020, 4, 2020, 5, 23)]
    [TestCase(2023, 2, 2023, 3, 22)]
    [TestCase(2025, 6, 2025, 7, 25)]
    public void LeapMonth_IsFoundAndStartsOnItsNewMoon(int year, int leapMonth, int startYear, int startMonth, int startDay)
    {
        VietnameseLunarCalendar.LeapMonthOf(year).ShouldBe(leapMonth);
        VietnameseLunarCalendar.ToSolar(year, leapMonth, 1, leapMonth: true).ShouldBe(new DateOnly(startYear, startMonth, startDay));
        VietnameseLunarCalendar.FromSolar(new DateOnly(startYear, startMonth, startDay)).ShouldBe(new LunarDate(year, leapMonth, 1, IsLeapMonth: true));
    }

    [TestCase(2024)]
    [TestCase(2026)]
    [TestCase(2027)]
    public void LeapMonth_OfACommonYear_IsNone(int year) => VietnameseLunarCalendar.LeapMonthOf(year).ShouldBeNull();

    [Test]
    public void ToSolar_LeapMonthTheYearDoesNotHave_IsRefused() =>
        Should.Throw<DomainException>(() => VietnameseLunarCalendar.ToSolar(2024, 2, 1, leapMonth: true)).Code.ShouldBe("calendar.invalid_lunar_date");

    [Test]
    public void ToSolar_Day30OfA29DayMonth_IsRefused()
    {
        // The 12th month of Giáp Thìn (2024) ended on its 29th day: Tết Ất Tỵ followed on 29 Jan 2025.
        VietnameseLunarCalendar.ToSolar(2024, 12, 29).ShouldBe(new DateOnly(2025, 1, 28));
        Should.Throw<DomainException>(() => VietnameseLunarCalendar.ToSolar(2024, 12, 30));
    }

    [Test]
    public void FromSolar_OutsideTheSupportedYears_IsRefused()
    {
        // 1 Jan 1800 still belongs to lunar year 1799.
        Should.Throw<DomainException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(1800, 1, 1))).Code.ShouldBe("calendar.lunar_out_of_range");
        Should.Throw<DomainException>(() => VietnameseLunarCalendar.ToSolar(2200, 1, 1)).Code.ShouldBe("calendar.invalid_lunar_date");
    }

    [Test]
    public void FromSolarOfToSolar_ReturnsTheLunarDate_ForEveryMonthOfEverySupportedYear()
    {
        for (var year = VietnameseLunarCalendar.MinYear; year <= VietnameseLunarCalendar.MaxYear; year++)
        {
            var leap = VietnameseLunarCalendar.LeapMonthOf(year);
            for (var month = 1; month <= 12; month++)
            {
                AssertMonthRoundTrips(year, month, leapMonth: false);
                if (leap == month)
                {
                    AssertMonthRoundTrips(year, month, leapMonth: true);
                }
            }
        }
    }

    [Test]
    public void FromSolar_OverConsecutiveDays_AdvancesOneLunarDayAtATime_WithMonthsOf29Or30Days()
    {
        var previous = VietnameseLunarCalendar.FromSolar(new DateOnly(1900, 1, 1));
        int? monthsInYear = null;
        for (var date = new DateOnly(1900, 1, 2); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            var current = VietnameseLunarCalendar.FromSolar(date);
            VietnameseLunarCalendar.ToSolar(current).ShouldBe(date);
            if (current.Day == 1)
            {
                previous.Day.ShouldBeInRange(29, 30, $"month before {date:yyyy-MM-dd}");
                monthsInYear++;
                if (current.Month == 1 && !current.IsLeapMonth)
                {
                    current.Year.ShouldBe(previous.Year + 1);
                    if (monthsInYear is { } count)
                    {
                        count.ShouldBeInRange(12, 13, $"lunar year {previous.Year}");
                    }

                    monthsInYear = 0;
                }
            }
            else
            {
                current.ShouldBe(previous with { Day = previous.Day + 1 }, $"{date:yyyy-MM-dd}");
            }

            previous = current;
        }
    }

    private static void AssertMonthRoundTrips(int year, int month, bool leapMonth)
    {
        var lastDay = VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.ToSolar(year, month, 29, leapMonth).AddDays(1)).Day == 30 ? 30 : 29;
        foreach (var day in new[] { 1, 15, lastDay })
        {
            var lunar = new LunarDate(year, month, day, leapMonth);
            VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.ToSolar(lunar)).ShouldBe(lunar);
        }
    }
}
