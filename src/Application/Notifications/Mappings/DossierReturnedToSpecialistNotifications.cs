using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Specialist: the leader sent the draft back, with the comment.</summary>
internal sealed class DossierReturnedToSpecialistNotifications : INotificationMapping<DossierReturnedToSpecialist>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(DossierReturnedToSpecialist e, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Notice>>(e.AssigneeId is not { } assignee ? [] : NoticeText.One(new Notice(assignee, NotificationKind.ReturnedToSpecialist, e.DossierId, e.Code,
            $"Hồ sơ {e.Code} được trả lại để hoàn thiện",
            $"Dossier {e.Code} sent back to you",
            $"Lãnh đạo trả lại dự thảo hồ sơ {e.Code}: {e.Comment}",
            $"The leader sent back the draft of dossier {e.Code}: {e.Comment}")));
}
