using System.Globalization;
using HanoiDvc.Application.Notifications.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>The agency's leaders: this morning's overdue dossiers and the late ones without a "Phiếu xin lỗi và hẹn lại ngày trả kết quả".</summary>
internal sealed class OverdueSummaryNotifications(IRecipientDirectory directory) : INotificationMapping<OverdueSummary>
{
    public async Task<IReadOnlyList<Notice>> NoticesAsync(OverdueSummary e, CancellationToken cancellationToken)
    {
        var date = e.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var overdue = List(e.NewlyOverdue, e.NewlyOverdueCount);
        var apology = List(e.NeedApology, e.NeedApologyCount);
        return NoticeText.Each(await directory.InRoleAsync(e.AgencyId, Roles.Leader, cancellationToken), id => new Notice(id, NotificationKind.ApologyDue, null, null,
            $"Hồ sơ quá hạn ngày {date}: {e.NewlyOverdueCount} mới, {e.NeedApologyCount} chưa có Phiếu xin lỗi và hẹn lại ngày trả kết quả",
            $"Overdue dossiers on {date}: {e.NewlyOverdueCount} new, {e.NeedApologyCount} without an apology and new appointment",
            $"Hồ sơ mới quá hạn: {overdue.Vi}\nHồ sơ quá hạn chưa có Phiếu xin lỗi và hẹn lại ngày trả kết quả: {apology.Vi}",
            $"Newly overdue: {overdue.En}\nLate without an apology and new appointment: {apology.En}"));
    }

    private static (string Vi, string En) List(IReadOnlyList<string> codes, int count)
    {
        if (count == 0)
        {
            return ("không có.", "none.");
        }

        var listed = string.Join(", ", codes);
        var more = count - codes.Count;
        return more > 0 ? ($"{listed} và {more} hồ sơ khác.", $"{listed} and {more} more.") : ($"{listed}.", $"{listed}.");
    }
}
