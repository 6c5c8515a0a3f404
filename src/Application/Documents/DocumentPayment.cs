namespace HanoiDvc.Application.Documents;

/// <summary>What a payment receipt prints about the payment.</summary>
/// <param name="OrderRef">Our order reference (the receipt's number).</param>
/// <param name="AmountVnd">The amount paid, in đồng.</param>
/// <param name="PaidAt">When the gateway confirmed it, local time.</param>
/// <param name="Provider">The gateway.</param>
/// <param name="TransactionNo">The gateway's transaction number.</param>
/// <param name="BankCode">The payer's bank.</param>
/// <param name="Fees">The fees paid, each with its amount in đồng.</param>
/// <param name="RefundNote">When a refund was recorded, what the receipt says of it.</param>
public sealed record DocumentPayment(string OrderRef, long AmountVnd, DateTime PaidAt, string Provider, string? TransactionNo, string? BankCode, IReadOnlyList<DocumentFee> Fees, string? RefundNote);

/// <summary>One fee on a payment receipt.</summary>
public sealed record DocumentFee(string Name, long AmountVnd);
