namespace HanoiDvc.Domain.Calendar;

/// <summary>Asia/Ho_Chi_Minh (UTC+07:00, no daylight saving time), the zone all working-time rules are counted in.</summary>
public static class VietnamTimeZone
{
    /// <summary>The IANA identifier.</summary>
    public const string Id = "Asia/Ho_Chi_Minh";

    /// <summary>The zone from the system's time-zone database, or a fixed UTC+07:00 zone where the database lacks it.</summary>
    public static TimeZoneInfo Instance { get; } = Resolve();

    /// <summary>The local date of <paramref name="instant"/> in Hanoi.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Instance).DateTime);

    /// <summary>The end of <paramref name="day"/> in Hanoi: the instant its next day starts (exclusive bound).</summary>
    public static DateTimeOffset EndOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Instance), TimeSpan.Zero);

    private static TimeZoneInfo Resolve()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(Id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(Id, TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}
