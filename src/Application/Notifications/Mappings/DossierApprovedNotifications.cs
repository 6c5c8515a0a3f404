using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the request was approved; the result is ready.</summary>
internal sealed class DossierApprovedNotifications : INotificationMapping<DossierApproved>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(DossierApproved e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.Resolved, e.DossierId, e.Code,
            $"Hồ sơ {e.Code} đã có kết quả",
            $"Dossier {e.Code} resolved",
            $"Hồ sơ {e.Code} đã được giải quyết, kết quả sẵn sàng để trả.",
            $"Dossier {e.Code} was resolved; the result is ready.")));
}
