namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>Configuration section <c>Reminders</c>: when the owner of a step is reminded, in working time.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Shares of the step's working time after which to remind; null for the default, 0.75 (at 75 %).</summary>
    /// <remarks>Nullable so that configuration replaces the default instead of adding to it (the binder appends to collections).</remarks>
    public decimal[]? Shares { get; set; }

    /// <summary>Working days before the step's deadline at which to remind; null for the default, 1.</summary>
    public decimal[]? WorkingDaysBefore { get; set; }

    /// <summary>The shares in force.</summary>
    public IReadOnlyList<decimal> SharesOrDefault => Shares ?? [0.75m];

    /// <summary>The working days before in force.</summary>
    public IReadOnlyList<decimal> WorkingDaysBeforeOrDefault => WorkingDaysBefore ?? [1m];

    /// <summary>Cron of the overdue check, in <see cref="TimeZone"/> (default 07:30 every day; non-working days are skipped by the calendar).</summary>
    public string OverdueCheckCron { get; set; } = "30 7 * * *";

    /// <summary>Time zone of <see cref="OverdueCheckCron"/>.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";
}
