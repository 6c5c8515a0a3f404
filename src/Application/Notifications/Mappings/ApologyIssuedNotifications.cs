using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the apology letter (form 04) with the new appointment.</summary>
internal sealed class ApologyIssuedNotifications : INotificationMapping<ApologyIssued>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(ApologyIssued e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.Apology, e.DossierId, e.Code,
            $"Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ {e.Code}",
            $"Apology and new appointment for dossier {e.Code}",
            $"Cơ quan xin lỗi vì hồ sơ {e.Code} bị chậm. Lý do: {e.Reason}. Hẹn trả kết quả mới: {NoticeText.Local(e.NewAppointmentAt)}.",
            $"The agency apologises that dossier {e.Code} is late. Reason: {e.Reason}. New appointment: {NoticeText.Local(e.NewAppointmentAt)}.")));
}
