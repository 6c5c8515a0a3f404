using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Domain.Payments;

/// <summary>A gateway's server-to-server notification about one payment, as its adapter read it (the signature already verified).</summary>
/// <param name="Succeeded">Whether the gateway says the money was taken.</param>
/// <param name="AmountVnd">The amount it names, in đồng (null when it names none).</param>
/// <param name="TransactionNo">The gateway's transaction number.</param>
/// <param name="BankCode">The payer's bank.</param>
/// <param name="ResponseCode">The gateway's response code.</param>
public sealed record GatewayNotice(bool Succeeded, long? AmountVnd, string? TransactionNo, string? BankCode, string? ResponseCode);

public sealed partial class Payment
{
    /// <summary>
    /// The decision table of a gateway's notification, checked in this order: another amount → <see cref="GatewayVerdict.AmountMismatch"/>
    /// (nothing changes); paid, failed or refunded already → <see cref="GatewayVerdict.AlreadySettled"/> (a replay); otherwise
    /// (pending, or expired: a late notification is authoritative) success → Paid, anything else → Failed.
    /// </summary>
    public GatewayVerdict ReceiveNotification(GatewayNotice notice, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.AmountVnd != AmountVnd)
        {
            return GatewayVerdict.AmountMismatch;
        }

        if (Status is not (PaymentStatus.Pending or PaymentStatus.Expired))
        {
            return GatewayVerdict.AlreadySettled;
        }

        if (!notice.Succeeded)
        {
            Fail(notice.TransactionNo, notice.BankCode, notice.ResponseCode, at);
            return GatewayVerdict.Failed;
        }

        Confirm(notice.TransactionNo, notice.BankCode, notice.ResponseCode, at);
        return GatewayVerdict.Paid;
    }

    /// <summary>
    /// The confirmed money settles the fees of <paramref name="dossier"/> (the dossier this payment is for); when they are no
    /// longer owed (the dossier closed, or another payment settled them first) the refund is recorded at once.
    /// </summary>
    /// <exception cref="ArgumentException">The dossier is not this payment's.</exception>
    public void SettleFeesOf(Dossier dossier, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (dossier.Id != DossierId)
        {
            throw new ArgumentException($"Payment {OrderRef} is for another dossier.", nameof(dossier));
        }

        if (Status == PaymentStatus.Paid && !dossier.RecordPayment(Id, AmountVnd, at))
        {
            RecordRefund($"Không còn phải nộp (hồ sơ {dossier.Reference}: {dossier.Status}, {dossier.PaymentStatus})", at);
        }
    }
}
