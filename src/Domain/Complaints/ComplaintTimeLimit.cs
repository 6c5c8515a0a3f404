using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.Complaints;

/// <summary>
/// The legal time limit for answering a complaint, in working days counted with the <see cref="WorkingCalendar"/> from
/// the moment the complaint counts as received (outside working hours: the next working session).
/// </summary>
public static class ComplaintTimeLimit
{
    /// <summary>
    /// 10 working days from receiving a kiến nghị or phản ánh to answer it, or to say in writing that it was taken up,
    /// refused as outside the agency's competence, or passed to the competent body: Luật Tiếp công dân 2013
    /// (42/2013/QH13), Điều 28, khoản 1. The same figure is commonly read from Nghị định 20/2008/NĐ-CP as amended by
    /// Nghị định 92/2017/NĐ-CP and from Nghị định 61/2018/NĐ-CP for the handling of a dossier, but their articles could
    /// not be confirmed from the texts at hand: check them before relying on a different figure.
    /// </summary>
    public const int WorkingDays = 10;

    /// <summary>When a complaint filed at <paramref name="filedAt"/> must be answered.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset filedAt, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.Add(calendar.ReceivedAt(filedAt), WorkingDuration.FromDays(WorkingDays));
    }
}
