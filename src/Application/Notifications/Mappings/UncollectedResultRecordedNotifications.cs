using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the desk recorded that the result was not collected; it can still be collected.</summary>
internal sealed class UncollectedResultRecordedNotifications : INotificationMapping<UncollectedResultRecorded>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(UncollectedResultRecorded e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.ResultUncollected, e.DossierId, e.Code,
            $"Kết quả hồ sơ {e.Code} chưa được nhận",
            $"The result of dossier {e.Code} has not been collected",
            $"Bộ phận Một cửa đã ghi nhận ông/bà chưa đến nhận kết quả của hồ sơ {e.Code}. Kết quả vẫn được lưu tại Bộ phận Một cửa; ông/bà vẫn có thể đến nhận.",
            $"The one-stop desk recorded that you have not collected the result of dossier {e.Code}. It is kept at the desk and you can still collect it.")));
}
