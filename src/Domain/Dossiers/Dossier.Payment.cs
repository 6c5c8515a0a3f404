using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>The fees and when they are due, copied from the procedure version.</summary>
    public PaymentTerms PaymentTerms { get; private set; } = PaymentTerms.None;

    /// <summary>The total of the fees, fixed at submission from the form values (0 before).</summary>
    public long AmountDueVnd { get; private set; }

    /// <summary>
    /// The fees the dossier charges: fixed at submission (<see cref="AmountDueVnd"/>); before that, what the draft's form
    /// values would charge, so the applicant sees the fee before submitting.
    /// </summary>
    public long FeesVnd => Status == DossierStatus.Draft ? PaymentTerms.AmountFor(_formData) : AmountDueVnd;

    /// <summary>Not due, due, paid or refunded.</summary>
    public DossierPaymentStatus PaymentStatus { get; private set; }

    /// <summary>The payment that settled the fees, once one did.</summary>
    public Guid? PaymentId { get; private set; }

    /// <summary>When the fees were paid.</summary>
    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>When the refund was recorded.</summary>
    public DateTimeOffset? RefundedAt { get; private set; }

    /// <summary>Why the fees are refunded (the closing action and its reason).</summary>
    public string? RefundReason { get; private set; }

    /// <summary>
    /// Whether the dossier's next step waits for its fees: due online before reception while it is submitted, or due before
    /// the result once it is approved. The national portal calls this "yêu cầu thực hiện nghĩa vụ tài chính".
    /// </summary>
    public bool AwaitsPayment => AwaitsPaymentWhen(PaymentStatus, PaymentTerms, Status);

    /// <summary>The rule of <see cref="AwaitsPayment"/> for a dossier's payment state, payment terms and status, for a read that loads those alone.</summary>
    public static bool AwaitsPaymentWhen(DossierPaymentStatus paymentStatus, PaymentTerms terms, DossierStatus status)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return paymentStatus == DossierPaymentStatus.Due
            && ((terms.Due == PaymentDue.BeforeReception && status == DossierStatus.Submitted)
                || (terms.Due == PaymentDue.BeforeResult && status == DossierStatus.Resolved));
    }

    /// <summary>
    /// The applicant (or the desk for them) asks to pay online: the procedure version must take online payment (its setting,
    /// copied into <see cref="PaymentTerms"/>; not its level, Nghị định 42/2022/NĐ-CP Điều 11) and the
    /// fees must be due. Returns the amount to pay; the payment itself is a <c>Payment</c> of its own.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.not_allowed</c>, <c>payment.not_offered</c>, <c>payment.not_due</c>.</exception>
    public long EnsurePayableOnline(Actor actor)
    {
        EnsureApplicant(actor, "pay the fees of");
        if (!PaymentTerms.Online)
        {
            throw new DomainException("payment.not_offered", $"The procedure of dossier {Reference} does not take online payment: its fees are paid at the desk.");
        }

        if (PaymentStatus != DossierPaymentStatus.Due)
        {
            throw new DomainException("payment.not_due", $"Dossier {Reference} has nothing to pay online (its payment is {PaymentStatus}).");
        }

        return AmountDueVnd;
    }

    /// <summary>
    /// A gateway confirmed a payment of <paramref name="amountVnd"/>. The fees become paid if they were due and the amount
    /// is the amount due; otherwise (already paid, closed, another amount) nothing changes and false tells the caller to
    /// refund that payment.
    /// </summary>
    public bool RecordPayment(Guid paymentId, long amountVnd, DateTimeOffset at)
    {
        if (PaymentStatus != DossierPaymentStatus.Due || amountVnd != AmountDueVnd || DossierLifecycle.Closed.Contains(Status))
        {
            return false;
        }

        PaymentStatus = DossierPaymentStatus.Paid;
        PaymentId = paymentId;
        PaidAt = at.ToUniversalTime();
        return true;
    }

    /// <summary>Fixes the amount due from the submitted form values; online payment is due only for an online dossier of a procedure that takes online payment, with something to pay.</summary>
    private void FixAmountDue(IReadOnlyDictionary<string, string?> formData)
    {
        AmountDueVnd = PaymentTerms.AmountFor(formData);
        PaymentStatus = PaymentTerms.Online && SubmissionChannel == Channel.Online && AmountDueVnd > 0
            ? DossierPaymentStatus.Due
            : DossierPaymentStatus.NotDue;
    }

    /// <summary>The workflow gate: <paramref name="action"/> waits for the fees when they are due before <paramref name="due"/>.</summary>
    /// <exception cref="DomainException"><c>dossier.payment_required</c>.</exception>
    private void EnsurePaid(PaymentDue due, DossierAction action)
    {
        if (PaymentStatus == DossierPaymentStatus.Due && PaymentTerms.Due == due)
        {
            var when = due == PaymentDue.BeforeReception ? "before reception" : "before the result is returned";
            throw new DomainException("dossier.payment_required", $"Cannot {action} dossier {Reference}: its fees ({AmountDueVnd} đồng) are due online {when} and are not paid yet.");
        }
    }

    /// <summary>
    /// Closing without a result: fees still due are no longer owed; fees paid are recorded as refunded, and
    /// <see cref="DossierFeesRefunded"/> tells the payment that paid them to record the refund in the same save.
    /// </summary>
    private void SettlePaymentOnClose(DossierAction action, DateTimeOffset at, string? reason)
    {
        if (PaymentStatus == DossierPaymentStatus.Due)
        {
            PaymentStatus = DossierPaymentStatus.NotDue;
        }
        else if (PaymentStatus == DossierPaymentStatus.Paid)
        {
            PaymentStatus = DossierPaymentStatus.Refunded;
            RefundedAt = at;
            RefundReason = string.IsNullOrWhiteSpace(reason) ? action.ToString() : $"{action}: {reason.Trim()}";
            if (PaymentId is { } paymentId)
            {
                Raise(new DossierFeesRefunded(Id, paymentId, RefundReason, at));
            }
        }
    }
}
