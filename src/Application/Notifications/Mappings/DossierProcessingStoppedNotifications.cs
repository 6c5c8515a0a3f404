using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: processing was stopped, with the reasons.</summary>
internal sealed class DossierProcessingStoppedNotifications : INotificationMapping<DossierProcessingStopped>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(DossierProcessingStopped e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.Stopped, e.DossierId, e.Code,
            $"Hồ sơ {e.Code} bị dừng xử lý",
            $"Processing of dossier {e.Code} stopped",
            $"Hồ sơ {e.Code} bị dừng xử lý. Lý do: {e.Reasons}",
            $"Processing of dossier {e.Code} was stopped. Reasons: {e.Reasons}")));
}
