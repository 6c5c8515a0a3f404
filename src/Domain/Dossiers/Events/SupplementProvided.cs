namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The applicant supplemented the dossier; the clock resumed.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code, null before reception.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="DueAt">The moved due instant, null before reception.</param>
/// <param name="AppointmentAt">The moved appointment, null before reception.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record SupplementProvided(Guid DossierId, string TrackingNumber, string? Code, Guid ApplicantId, DateTimeOffset? DueAt, DateTimeOffset? AppointmentAt, DateTimeOffset OccurredAt) : IDomainEvent;
