namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>Configuration section <c>Reminders</c>: when the owner of a step is reminded, in working time.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Shares of the step's working time after which to remind (default 0.75: at 75 %).</summary>
    public List<decimal> Shares { get; set; } = [0.75m];

    /// <summary>Working days before the step's deadline at which to remind (default 1).</summary>
    public List<decimal> WorkingDaysBefore { get; set; } = [1m];

    /// <summary>Cron of the overdue check, in <see cref="TimeZone"/> (default 07:30 every day; non-working days are skipped by the calendar).</summary>
    public string OverdueCheckCron { get; set; } = "30 7 * * *";

    /// <summary>Time zone of <see cref="OverdueCheckCron"/>.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";
}
