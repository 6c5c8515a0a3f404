namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The electronic result was released with the returned result: the applicant can download it from their account.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="ResultId">The result document.</param>
/// <param name="Code">The dossier code.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="Channel">How the result was returned.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record ResultReleased(Guid DossierId, Guid ResultId, string Code, Guid ApplicantId, Channel Channel, DateTimeOffset OccurredAt) : IDomainEvent;
