using System.Globalization;
using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Formatting shared by the mappings: instants in Hanoi time, one notice per recipient.</summary>
internal static class NoticeText
{
    /// <summary><c>HH:mm dd/MM/yyyy</c> in Hanoi time.</summary>
    public static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, VietnamTimeZone.Instance).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static IReadOnlyList<Notice> One(Notice notice) => [notice];

    public static IReadOnlyList<Notice> Each(IEnumerable<Guid> recipients, Func<Guid, Notice> notice) =>
        [.. recipients.Distinct().Select(notice)];
}
