using HanoiDvc.Application.Notifications.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>The step's owner(s): its deadline is near.</summary>
internal sealed class StepReminderDueNotifications : INotificationMapping<StepReminderDue>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(StepReminderDue e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.Each(e.RecipientIds, id => new Notice(id, NotificationKind.Reminder, e.DossierId, e.Reference,
            $"Nhắc hạn xử lý hồ sơ {e.Reference}",
            $"Reminder: dossier {e.Reference}",
            $"Hồ sơ {e.Reference} sắp đến hạn xử lý: {NoticeText.Local(e.Deadline)}.",
            $"Dossier {e.Reference} is due soon: {NoticeText.Local(e.Deadline)}.")));
}
