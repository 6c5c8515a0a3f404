using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (form 04) with the original and the new appointment.</summary>
internal sealed class ApologyIssuedNotifications : INotificationMapping<ApologyIssued>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(ApologyIssued e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.Apology, e.DossierId, e.Code,
            $"Phiếu xin lỗi và hẹn lại ngày trả kết quả hồ sơ {e.Code}",
            $"Apology and new appointment (Phiếu xin lỗi và hẹn lại ngày trả kết quả) for dossier {e.Code}",
            $"Cơ quan xin lỗi vì hồ sơ {e.Code} sẽ không có kết quả đúng hẹn ({NoticeText.Local(e.PreviousAppointmentAt)}). Lý do: {e.Reason}. Hẹn trả kết quả mới: {NoticeText.Local(e.NewAppointmentAt)}.",
            $"The agency apologises that dossier {e.Code} will not be ready by its appointment ({NoticeText.Local(e.PreviousAppointmentAt)}). Reason: {e.Reason}. New appointment: {NoticeText.Local(e.NewAppointmentAt)}.")));
}
