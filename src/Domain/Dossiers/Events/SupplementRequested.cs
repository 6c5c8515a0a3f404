namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The applicant was asked to supplement the dossier (form 02); the clock is paused.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code, null before reception.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="Missing">Everything missing, one item a line.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record SupplementRequested(Guid DossierId, string TrackingNumber, string? Code, Guid ApplicantId, IReadOnlyList<string> Missing, DateTimeOffset OccurredAt) : IDomainEvent;
