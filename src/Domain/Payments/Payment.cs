using HanoiDvc.Domain.Payments.Events;

namespace HanoiDvc.Domain.Payments;

/// <summary>
/// One attempt to pay a dossier's fees online through a gateway (VNPay, PayGov…): its order reference, the amount, and
/// what the gateway said. Pending → Paid or Failed, only on the gateway's authoritative notification; Paid → Refunded
/// when the refund is recorded (the money itself moves outside the system).
/// </summary>
public sealed partial class Payment : AggregateRoot
{
    private Payment() { }

    /// <summary>The dossier paid for.</summary>
    public Guid DossierId { get; private set; }

    /// <summary>The agency that collects (the dossier's receiving agency); finance reconciles per agency.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The payer.</summary>
    public Guid ApplicantId { get; private set; }

    /// <summary>The gateway's name (<c>vnpay</c>…).</summary>
    public string Provider { get; private set; } = null!;

    /// <summary>Our order reference at the gateway (<c>vnp_TxnRef</c>): unique, 32 hexadecimal digits.</summary>
    public string OrderRef { get; private set; } = null!;

    /// <summary>The amount in đồng, fixed when the payment starts.</summary>
    public long AmountVnd { get; private set; }

    public PaymentStatus Status { get; private set; }

    /// <summary>When the payer was sent to the gateway (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The local (Vietnam) business day the payment started: the day finance reconciles it under.</summary>
    public DateOnly BusinessDate { get; private set; }

    /// <summary>After this instant the gateway no longer accepts the payment (<c>vnp_ExpireDate</c>).</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the gateway's notification confirmed or failed it.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The gateway's transaction number (<c>vnp_TransactionNo</c>).</summary>
    public string? GatewayTransactionNo { get; private set; }

    /// <summary>The gateway's response code (<c>vnp_ResponseCode</c>): 00 success, 24 cancelled…</summary>
    public string? GatewayResponseCode { get; private set; }

    /// <summary>The payer's bank (<c>vnp_BankCode</c>).</summary>
    public string? BankCode { get; private set; }

    /// <summary>When the refund was recorded.</summary>
    public DateTimeOffset? RefundedAt { get; private set; }

    /// <summary>Why it is refunded.</summary>
    public string? RefundReason { get; private set; }

    /// <summary>Starts a payment of <paramref name="amountVnd"/> for a dossier; the gateway accepts it until <paramref name="expiresAt"/>.</summary>
    /// <exception cref="DomainException"><c>payment.invalid</c>.</exception>
    public static Payment Start(Guid dossierId, Guid agencyId, Guid applicantId, string provider, long amountVnd, DateTimeOffset now, DateOnly businessDate, DateTimeOffset expiresAt)
    {
        if (amountVnd <= 0 || string.IsNullOrWhiteSpace(provider) || dossierId == Guid.Empty || agencyId == Guid.Empty || expiresAt <= now)
        {
            throw new DomainException("payment.invalid", "A payment needs a dossier, an agency, a provider, a positive amount and an expiry after now.");
        }

        var id = Guid.CreateVersion7();
        return new Payment
        {
            Id = id,
            DossierId = dossierId,
            AgencyId = agencyId,
            ApplicantId = applicantId,
            Provider = provider.Trim().ToLowerInvariant(),
            OrderRef = id.ToString("N"),
            AmountVnd = amountVnd,
            Status = PaymentStatus.Pending,
            CreatedAt = now.ToUniversalTime(),
            BusinessDate = businessDate,
            ExpiresAt = expiresAt.ToUniversalTime(),
        };
    }

    /// <summary>
    /// Whether the payment is still pending although its link has expired: the gateway no longer takes it, so it is shown
    /// (and recorded by <see cref="Expire"/>) as <see cref="PaymentStatus.Expired"/>.
    /// </summary>
    public bool IsExpiredAt(DateTimeOffset now) => Status == PaymentStatus.Pending && now >= ExpiresAt;

    /// <summary>The link expired with no notification (Pending → Expired). False (nothing changes) when it is not pending or not expired yet.</summary>
    public bool Expire(DateTimeOffset now)
    {
        if (!IsExpiredAt(now))
        {
            return false;
        }

        Status = PaymentStatus.Expired;
        return true;
    }

    /// <summary>The gateway confirmed the payment (Pending or Expired → Paid: a late notification is still the gateway's word).</summary>
    /// <exception cref="DomainException"><c>payment.not_pending</c>.</exception>
    public void Confirm(string? transactionNo, string? bankCode, string? responseCode, DateTimeOffset at)
    {
        EnsurePending("confirm");
        Status = PaymentStatus.Paid;
        Complete(transactionNo, bankCode, responseCode, at);
        Raise(new PaymentConfirmed(Id, DossierId, ApplicantId, AgencyId, Provider, OrderRef, AmountVnd, CompletedAt!.Value));
    }

    /// <summary>The gateway reported the payment cancelled or failed (Pending or Expired → Failed); the payer may start another.</summary>
    /// <exception cref="DomainException"><c>payment.not_pending</c>.</exception>
    public void Fail(string? transactionNo, string? bankCode, string? responseCode, DateTimeOffset at)
    {
        EnsurePending("fail");
        Status = PaymentStatus.Failed;
        Complete(transactionNo, bankCode, responseCode, at);
        Raise(new PaymentFailed(Id, DossierId, ApplicantId, Provider, OrderRef, responseCode, CompletedAt!.Value));
    }

    /// <summary>Records that the money is to be given back (Paid → Refunded). Nothing is sent to the gateway.</summary>
    /// <exception cref="DomainException"><c>payment.not_paid</c>, <c>payment.reason_required</c>.</exception>
    public void RecordRefund(string reason, DateTimeOffset at)
    {
        if (Status != PaymentStatus.Paid)
        {
            throw new DomainException("payment.not_paid", $"Payment {OrderRef} is {Status}: only a paid payment can be refunded.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("payment.reason_required", $"The refund of payment {OrderRef} needs a reason.");
        }

        Status = PaymentStatus.Refunded;
        RefundedAt = at.ToUniversalTime();
        RefundReason = reason.Trim();
        Raise(new RefundRecorded(Id, DossierId, ApplicantId, AgencyId, OrderRef, AmountVnd, RefundReason, RefundedAt.Value));
    }

    private void EnsurePending(string what)
    {
        if (Status is not (PaymentStatus.Pending or PaymentStatus.Expired))
        {
            throw new DomainException("payment.not_pending", $"Cannot {what} payment {OrderRef}: it is already {Status}.");
        }
    }

    private void Complete(string? transactionNo, string? bankCode, string? responseCode, DateTimeOffset at)
    {
        CompletedAt = at.ToUniversalTime();
        GatewayTransactionNo = transactionNo;
        BankCode = bankCode;
        GatewayResponseCode = responseCode;
    }
}
