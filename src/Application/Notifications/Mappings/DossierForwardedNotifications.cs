using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>The receiving agency: its named specialist, else its leaders, learn a dossier was forwarded to them.</summary>
internal sealed class DossierForwardedNotifications(IRecipientDirectory directory) : INotificationMapping<DossierForwarded>
{
    public async Task<IReadOnlyList<Notice>> NoticesAsync(DossierForwarded e, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> recipients = e.AssigneeId is { } assignee ? [assignee] : await directory.InRoleAsync(e.ToAgencyId, Roles.Leader, cancellationToken);
        return NoticeText.Each(recipients, id => new Notice(id, NotificationKind.Forwarded, e.DossierId, e.Code,
            $"Hồ sơ {e.Code} được chuyển đến đơn vị",
            $"Dossier {e.Code} forwarded to your agency",
            $"Hồ sơ {e.Code} được chuyển đến đơn vị để phối hợp xử lý, hạn: {NoticeText.Local(e.StepDeadline)}.",
            $"Dossier {e.Code} was forwarded to your agency; deadline: {NoticeText.Local(e.StepDeadline)}."));
    }
}
