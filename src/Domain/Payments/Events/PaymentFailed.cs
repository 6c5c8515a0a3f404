namespace HanoiDvc.Domain.Payments.Events;

/// <summary>The gateway reported an online payment cancelled or failed; the fees are still due.</summary>
/// <param name="PaymentId">The payment.</param>
/// <param name="DossierId">The dossier.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="Provider">The gateway.</param>
/// <param name="OrderRef">The order reference at the gateway.</param>
/// <param name="ResponseCode">The gateway's code (e.g. VNPay 24 = cancelled by the payer).</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record PaymentFailed(Guid PaymentId, Guid DossierId, Guid ApplicantId, string Provider, string OrderRef, string? ResponseCode, DateTimeOffset OccurredAt) : IDomainEvent;
