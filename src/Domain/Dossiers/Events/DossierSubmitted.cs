namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The applicant submitted a dossier; the receiving desk has work.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="ReceivingAgencyId">The desk that will check it.</param>
/// <param name="Channel">How it was submitted.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierSubmitted(Guid DossierId, string TrackingNumber, Guid ApplicantId, Guid ReceivingAgencyId, Channel Channel, DateTimeOffset OccurredAt) : IDomainEvent;
