namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The desk refused to receive a dossier (form 03).</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="Reasons">Why it was not received.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierRejected(Guid DossierId, string TrackingNumber, Guid ApplicantId, string Reasons, DateTimeOffset OccurredAt) : IDomainEvent;
