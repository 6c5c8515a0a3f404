namespace HanoiDvc.Domain.UnitTests.Calendar;

/// <summary>Instants written as Hanoi wall-clock time (UTC+07:00), so the cases read like the rules.</summary>
internal static class Vn
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, Offset);
}
