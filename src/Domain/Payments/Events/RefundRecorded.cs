namespace HanoiDvc.Domain.Payments.Events;

/// <summary>A refund of a paid payment was recorded; finance gives the money back outside the system.</summary>
/// <param name="PaymentId">The payment.</param>
/// <param name="DossierId">The dossier.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="AgencyId">The collecting agency.</param>
/// <param name="OrderRef">The order reference at the gateway.</param>
/// <param name="AmountVnd">The amount to give back, in đồng.</param>
/// <param name="Reason">Why.</param>
/// <param name="OccurredAt">When it was recorded (UTC).</param>
public sealed record RefundRecorded(Guid PaymentId, Guid DossierId, Guid ApplicantId, Guid AgencyId, string OrderRef, long AmountVnd, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
