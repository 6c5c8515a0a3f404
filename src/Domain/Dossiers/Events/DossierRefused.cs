namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>A leader refused the request; the written refusal is the result.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="Reasons">Why.</param>
/// <param name="Outcome">Early, on time or late.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierRefused(Guid DossierId, string TrackingNumber, string Code, Guid ApplicantId, string Reasons, DossierOutcome Outcome, DateTimeOffset OccurredAt) : IDomainEvent;
