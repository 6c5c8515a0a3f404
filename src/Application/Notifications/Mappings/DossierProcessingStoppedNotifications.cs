using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: processing was stopped, with the reasons.</summary>
internal sealed class DossierProcessingStoppedNotifications : INotificationMapping<DossierProcessingStopped>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(DossierProcessingStopped e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.Stopped, e.DossierId, e.Code,
            $"Hồ sơ {e.Code} bị dừng giải quyết",
            $"Processing of dossier {e.Code} stopped",
            $"Hồ sơ {e.Code} bị dừng giải quyết. Lý do: {e.Reasons}. Xem Thông báo dừng giải quyết hồ sơ.",
            $"Processing of dossier {e.Code} was stopped. Reasons: {e.Reasons}")));
}
