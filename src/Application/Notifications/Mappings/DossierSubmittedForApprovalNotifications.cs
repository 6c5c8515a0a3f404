using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>The agency's leaders: a draft result awaits their approval.</summary>
internal sealed class DossierSubmittedForApprovalNotifications(IRecipientDirectory directory) : INotificationMapping<DossierSubmittedForApproval>
{
    public async Task<IReadOnlyList<Notice>> NoticesAsync(DossierSubmittedForApproval e, CancellationToken cancellationToken) =>
        NoticeText.Each(await directory.InRoleAsync(e.AgencyId, Roles.Leader, cancellationToken), id => new Notice(id, NotificationKind.AwaitingApproval, e.DossierId, e.Code,
            $"Hồ sơ {e.Code} chờ phê duyệt",
            $"Dossier {e.Code} awaits your approval",
            $"Dự thảo kết quả hồ sơ {e.Code} đã được trình, chờ lãnh đạo phê duyệt.",
            $"The draft result of dossier {e.Code} was submitted and awaits a leader's approval."));
}
