namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>A leader approved the result: the applicant can be told it is ready.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="Outcome">Early, on time or late.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierApproved(Guid DossierId, string TrackingNumber, string Code, Guid ApplicantId, DossierOutcome Outcome, DateTimeOffset OccurredAt) : IDomainEvent;
