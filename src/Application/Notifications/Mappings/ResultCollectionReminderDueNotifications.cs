using HanoiDvc.Application.Notifications.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the result waits at the desk and the appointment has passed.</summary>
internal sealed class ResultCollectionReminderDueNotifications : INotificationMapping<ResultCollectionReminderDue>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(ResultCollectionReminderDue e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.CollectionReminder, e.DossierId, e.Code,
            $"Mời nhận kết quả hồ sơ {e.Code}",
            $"Please collect the result of dossier {e.Code}",
            $"Kết quả của hồ sơ {e.Code} đang chờ ông/bà tại Bộ phận Một cửa nơi nộp hồ sơ từ {NoticeText.Local(e.CollectableFrom)}. Mời ông/bà đến nhận trong giờ làm việc, mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
            $"The result of dossier {e.Code} has been waiting for you at the one-stop desk where you submitted it since {NoticeText.Local(e.CollectableFrom)}. Please collect it during working hours with your receipt.")));
}
