namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>A leader stopped the processing of a dossier.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="Reasons">Why.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierProcessingStopped(Guid DossierId, string TrackingNumber, string Code, Guid ApplicantId, string Reasons, DateTimeOffset OccurredAt) : IDomainEvent;
