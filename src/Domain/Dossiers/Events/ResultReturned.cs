namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The result was handed to the applicant.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="Channel">How it was returned.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record ResultReturned(Guid DossierId, string TrackingNumber, string Code, Guid ApplicantId, Channel Channel, DateTimeOffset OccurredAt) : IDomainEvent;
