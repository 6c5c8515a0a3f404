using System.Globalization;
using HanoiDvc.Domain.Payments.Events;

namespace HanoiDvc.Application.Notifications.Mappings;

/// <summary>Applicant: the gateway confirmed the online payment of the dossier's fees; the receipt can be downloaded.</summary>
internal sealed class PaymentConfirmedNotifications(IAppDbContext db) : INotificationMapping<PaymentConfirmed>
{
    public async Task<IReadOnlyList<Notice>> NoticesAsync(PaymentConfirmed e, CancellationToken cancellationToken)
    {
        var reference = await PaymentNotices.ReferenceAsync(db, e.DossierId, cancellationToken);
        var amount = PaymentNotices.Amount(e.AmountVnd);
        return NoticeText.One(new Notice(e.ApplicantId, NotificationKind.PaymentConfirmed, e.DossierId, reference,
            $"Đã thanh toán phí hồ sơ {reference}",
            $"Fees of dossier {reference} paid",
            $"Khoản thanh toán {amount} cho hồ sơ {reference} (mã giao dịch {e.OrderRef}) đã được xác nhận. Biên lai có trong trang hồ sơ.",
            $"The payment of {amount} for dossier {reference} (order {e.OrderRef}) is confirmed. The receipt is on the dossier's page."));
    }
}

/// <summary>What the payment notices share: the dossier's reference and the amount as written in Vietnam.</summary>
internal static class PaymentNotices
{
    public static async Task<string> ReferenceAsync(IAppDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new { d.Code, d.TrackingNumber }).SingleAsync(cancellationToken);
        return dossier.Code?.Value ?? dossier.TrackingNumber ?? dossierId.ToString();
    }

    public static string Amount(long amountVnd) =>
        string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"{amountVnd:N0} đồng");
}
