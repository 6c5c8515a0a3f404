using System.Globalization;

namespace HanoiDvc.Domain.Calendar;

/// <summary>
/// An amount of working time in whole minutes, never negative. A working day is 8 working hours,
/// so a time limit of 0.5 day is 240 working minutes, whatever the sessions of a particular calendar.
/// </summary>
public readonly record struct WorkingDuration : IComparable<WorkingDuration>
{
    /// <summary>Working minutes in one working day (8 hours).</summary>
    public const int MinutesPerDay = HoursPerDay * MinutesPerHour;

    /// <summary>Working hours in one working day.</summary>
    public const int HoursPerDay = 8;

    private const int MinutesPerHour = 60;

    private WorkingDuration(long minutes) => TotalMinutes = minutes;

    /// <summary>No working time.</summary>
    public static WorkingDuration Zero { get; }

    /// <summary>The duration in whole working minutes.</summary>
    public long TotalMinutes { get; }

    /// <summary>The duration in working hours (minutes / 60).</summary>
    public decimal TotalHours => (decimal)TotalMinutes / MinutesPerHour;

    /// <summary>The duration in working days of 8 hours (minutes / 480), e.g. 1.5 for 720 minutes.</summary>
    public decimal TotalDays => (decimal)TotalMinutes / MinutesPerDay;

    /// <summary>A duration of whole working minutes.</summary>
    /// <exception cref="DomainException">The value is negative.</exception>
    public static WorkingDuration FromMinutes(long minutes) =>
        minutes >= 0
            ? new WorkingDuration(minutes)
            : throw new DomainException("calendar.negative_duration", $"A working duration cannot be negative ({minutes} min).");

    /// <summary>A duration in working hours, e.g. 1.5; it must come to whole minutes.</summary>
    /// <exception cref="DomainException">The value is negative or not a whole number of minutes.</exception>
    public static WorkingDuration FromHours(decimal hours) => FromWholeMinutes(hours * MinutesPerHour, hours, "h");

    /// <summary>A duration in working days of 8 hours, e.g. 0.5 = 4 hours; it must come to whole minutes.</summary>
    /// <exception cref="DomainException">The value is negative or not a whole number of minutes.</exception>
    public static WorkingDuration FromDays(decimal days) => FromWholeMinutes(days * MinutesPerDay, days, "days");

    /// <summary>Adds two durations.</summary>
    public static WorkingDuration Add(WorkingDuration left, WorkingDuration right) => new(checked(left.TotalMinutes + right.TotalMinutes));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="DomainException">The result would be negative.</exception>
    public static WorkingDuration Subtract(WorkingDuration left, WorkingDuration right) => FromMinutes(left.TotalMinutes - right.TotalMinutes);

    /// <summary>The larger of two durations.</summary>
    public static WorkingDuration Max(WorkingDuration left, WorkingDuration right) => left >= right ? left : right;

    /// <summary>The smaller of two durations.</summary>
    public static WorkingDuration Min(WorkingDuration left, WorkingDuration right) => left <= right ? left : right;

    /// <summary>Adds two durations.</summary>
    public static WorkingDuration operator +(WorkingDuration left, WorkingDuration right) => Add(left, right);

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>; refused when the result would be negative.</summary>
    public static WorkingDuration operator -(WorkingDuration left, WorkingDuration right) => Subtract(left, right);

    /// <summary>Whether <paramref name="left"/> is shorter.</summary>
    public static bool operator <(WorkingDuration left, WorkingDuration right) => left.TotalMinutes < right.TotalMinutes;

    /// <summary>Whether <paramref name="left"/> is longer.</summary>
    public static bool operator >(WorkingDuration left, WorkingDuration right) => left.TotalMinutes > right.TotalMinutes;

    /// <summary>Whether <paramref name="left"/> is not longer.</summary>
    public static bool operator <=(WorkingDuration left, WorkingDuration right) => left.TotalMinutes <= right.TotalMinutes;

    /// <summary>Whether <paramref name="left"/> is not shorter.</summary>
    public static bool operator >=(WorkingDuration left, WorkingDuration right) => left.TotalMinutes >= right.TotalMinutes;

    /// <inheritdoc />
    public int CompareTo(WorkingDuration other) => TotalMinutes.CompareTo(other.TotalMinutes);

    /// <summary>The duration as working days, hours and minutes, e.g. <c>1.5 working days (720 min)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TotalDays:0.####} working days ({TotalMinutes} min)");

    private static WorkingDuration FromWholeMinutes(decimal minutes, decimal value, string unit)
    {
        if (minutes < 0 || minutes != decimal.Truncate(minutes))
        {
            throw new DomainException(
                "calendar.invalid_duration",
                string.Create(CultureInfo.InvariantCulture, $"{value} {unit} is not a non-negative whole number of working minutes."));
        }

        return new WorkingDuration((long)minutes);
    }
}
