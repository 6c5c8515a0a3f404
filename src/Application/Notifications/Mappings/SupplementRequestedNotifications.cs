using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: documents are missing, with the list.</summary>
internal sealed class SupplementRequestedNotifications : INotificationMapping<SupplementRequested>
{
    public Task<IReadOnlyList<Notice>> NoticesAsync(SupplementRequested e, CancellationToken cancellationToken)
    {
        var reference = e.Code ?? e.TrackingNumber;
        var missing = string.Join("; ", e.Missing);
        return Task.FromResult(NoticeText.One(new Notice(e.ApplicantId, NotificationKind.SupplementRequested, e.DossierId, reference,
            $"Hồ sơ {reference} cần bổ sung",
            $"Dossier {reference} needs more documents",
            $"Hồ sơ {reference} cần bổ sung: {missing}. Chi tiết và lý do trong Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.",
            $"Dossier {reference} needs: {missing}. Details and reasons are in the supplement request (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ).")));
    }
}
