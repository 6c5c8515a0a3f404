using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the result was handed over.</summary>
internal sealed class ResultReturnedNotifications : INotificationMapping<ResultReturned>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(ResultReturned e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.ResultReturned, e.DossierId, e.Code,
            $"Đã trả kết quả hồ sơ {e.Code}",
            $"Result of dossier {e.Code} returned",
            $"Kết quả của hồ sơ {e.Code} đã được trả.",
            $"The result of dossier {e.Code} was returned.")));
}
