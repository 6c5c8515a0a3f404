using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the request was refused, with the reasons (the written refusal is the result).</summary>
internal sealed class DossierRefusedNotifications : INotificationMapping<DossierRefused>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(DossierRefused e, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.Resolved, e.DossierId, e.Code,
            $"Hồ sơ {e.Code} bị từ chối giải quyết",
            $"Dossier {e.Code} refused",
            $"Hồ sơ {e.Code} bị từ chối giải quyết. Lý do: {e.Reasons}. Xem Thông báo từ chối giải quyết hồ sơ.",
            $"Dossier {e.Code} was refused. Reasons: {e.Reasons}")));
}
