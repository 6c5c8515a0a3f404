namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The applicant withdrew a dossier.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number, null for a draft.</param>
/// <param name="Code">The dossier code, null before reception.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="Reason">Why, required after reception.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierWithdrawn(Guid DossierId, string? TrackingNumber, string? Code, Guid ApplicantId, string? Reason, DateTimeOffset OccurredAt) : IDomainEvent;
