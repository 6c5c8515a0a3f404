namespace HanoiDvc.Domain.Payments.Events;

/// <summary>The gateway confirmed an online payment of a dossier's fees.</summary>
/// <param name="PaymentId">The payment.</param>
/// <param name="DossierId">The dossier paid for.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="AgencyId">The collecting agency.</param>
/// <param name="Provider">The gateway.</param>
/// <param name="OrderRef">The order reference at the gateway.</param>
/// <param name="AmountVnd">The amount in đồng.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record PaymentConfirmed(Guid PaymentId, Guid DossierId, Guid ApplicantId, Guid AgencyId, string Provider, string OrderRef, long AmountVnd, DateTimeOffset OccurredAt) : IDomainEvent;
