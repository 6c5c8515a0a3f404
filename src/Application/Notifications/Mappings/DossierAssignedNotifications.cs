using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Specialist: a dossier was assigned to me, with my deadline.</summary>
internal sealed class DossierAssignedNotifications : INotificationMapping<DossierAssigned>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(DossierAssigned e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.AssigneeId, NotificationKind.Assigned, e.DossierId, e.Code,
            $"Hồ sơ {e.Code} được giao cho bạn",
            $"Dossier {e.Code} assigned to you",
            $"Bạn được giao xử lý hồ sơ {e.Code}, hạn xử lý: {NoticeText.Local(e.StepDeadline)}.",
            $"You were assigned dossier {e.Code}; your deadline: {NoticeText.Local(e.StepDeadline)}.")));
}
