namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// Configuration section <c>UncollectedResults</c>: results waiting at the desk that the applicant does not collect. No
/// period for this was found in Nghị định 61/2018/NĐ-CP (Điều 19, as amended by Nghị định 107/2021/NĐ-CP) or Nghị định
/// 118/2025/NĐ-CP, so both periods are the agency's settings; the defaults are product defaults, not legal numbers.
/// </summary>
public sealed class UncollectedResultOptions
{
    public const string Section = "UncollectedResults";

    /// <summary>How long after the appointment the desk waits before it may record a result as not collected (default 30 days; a setting, not a legal period).</summary>
    public TimeSpan WaitingPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the applicant is reminded once the appointment has passed (default every 7 days; a setting, not a legal period).</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Cron of the daily reminder run, Hanoi time (default 08:00).</summary>
    public string ReminderCron { get; set; } = "0 8 * * *";
}
