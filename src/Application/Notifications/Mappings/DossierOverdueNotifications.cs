using HanoiDvc.Application.Notifications.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>
/// The specialist holding it, or the agency's leaders when nobody is assigned: a dossier (or its current step) is past
/// its deadline. Leaders also get the morning summary (<see cref="OverdueSummary"/>), one message instead of one per dossier.
/// </summary>
internal sealed class DossierOverdueNotifications(IRecipientDirectory directory) : INotificationMapping<DossierOverdue>
{
    public async Task<IReadOnlyList<Notice>> NoticesAsync(DossierOverdue e, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> recipients = e.AssigneeId is { } assignee ? [assignee] : await directory.InRoleAsync(e.AgencyId, Roles.Leader, cancellationToken);

        var what = e.StepOnly ? ("Bước xử lý của hồ sơ", "The current step of dossier") : ("Hồ sơ", "Dossier");
        return NoticeText.Each(recipients, id => new Notice(id, NotificationKind.Overdue, e.DossierId, e.Reference,
            $"Hồ sơ {e.Reference} quá hạn",
            $"Dossier {e.Reference} overdue",
            $"{what.Item1} {e.Reference} đã quá hạn ({NoticeText.Local(e.Deadline)}).",
            $"{what.Item2} {e.Reference} is overdue (due {NoticeText.Local(e.Deadline)})."));
    }
}
