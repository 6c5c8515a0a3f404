using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the desk refused to receive the dossier, with the reasons.</summary>
internal sealed class DossierRejectedNotifications : INotificationMapping<DossierRejected>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(DossierRejected e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.Rejected, e.DossierId, e.TrackingNumber,
            $"Hồ sơ {e.TrackingNumber} không được tiếp nhận",
            $"Dossier {e.TrackingNumber} not received",
            $"Hồ sơ {e.TrackingNumber} không được tiếp nhận. Lý do: {e.Reasons}. Xem Phiếu từ chối tiếp nhận giải quyết hồ sơ.",
            $"Dossier {e.TrackingNumber} was not received. Reasons: {e.Reasons}")));
}
