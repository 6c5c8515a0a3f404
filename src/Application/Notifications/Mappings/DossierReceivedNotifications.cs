using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the desk received the dossier; the code and the appointment.</summary>
internal sealed class DossierReceivedNotifications : INotificationMapping<DossierReceived>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(DossierReceived e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.Received, e.DossierId, e.Code,
            $"Hồ sơ {e.Code} đã được tiếp nhận",
            $"Dossier {e.Code} received",
            $"Hồ sơ {e.TrackingNumber} đã được tiếp nhận với mã hồ sơ {e.Code}. Hẹn trả kết quả: {NoticeText.Local(e.AppointmentAt)}. Giấy tiếp nhận hồ sơ và hẹn trả kết quả có trong hồ sơ.",
            $"Dossier {e.TrackingNumber} was received with code {e.Code}. Result appointment: {NoticeText.Local(e.AppointmentAt)}. The receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) is in the dossier.")));
}
