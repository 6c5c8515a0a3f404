using HanoiDvc.Domain.Payments.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: fees paid online will be refunded (the dossier closed without a result, or it was paid twice).</summary>
internal sealed class RefundRecordedNotifications(IAppDbContext db) : INotificationMapping<RefundRecorded>
{
    public async Task<IReadOnlyList<Notice>> NoticesAsync(RefundRecorded e, CancellationToken cancellationToken)
    {
        var reference = await PaymentNotices.ReferenceAsync(db, e.DossierId, cancellationToken);
        var amount = PaymentNotices.Amount(e.AmountVnd);
        return NoticeText.One(new Notice(e.ApplicantId, NotificationKind.RefundRecorded, e.DossierId, reference,
            $"Hoàn trả phí hồ sơ {reference}",
            $"Refund for dossier {reference}",
            $"Khoản đã thanh toán {amount} (mã giao dịch {e.OrderRef}) sẽ được hoàn trả. Lý do: {e.Reason}",
            $"The {amount} paid (order {e.OrderRef}) will be refunded. Reason: {e.Reason}"));
    }
}
