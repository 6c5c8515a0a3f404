using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the dossier was submitted, with its tracking number.</summary>
internal sealed class DossierSubmittedNotifications : INotificationMapping<DossierSubmitted>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(DossierSubmitted e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.Submitted, e.DossierId, e.TrackingNumber,
            $"Đã nộp hồ sơ {e.TrackingNumber}",
            $"Dossier {e.TrackingNumber} submitted",
            $"Hồ sơ của bạn đã được nộp với số theo dõi {e.TrackingNumber} và đang chờ bộ phận một cửa kiểm tra.",
            $"Your dossier was submitted with tracking number {e.TrackingNumber} and awaits the desk's check.")));
}
