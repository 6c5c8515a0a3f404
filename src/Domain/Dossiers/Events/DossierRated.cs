namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The applicant rated the handling of a finished dossier.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Code">The dossier code, null when it was never received.</param>
/// <param name="DecidingAgencyId">The agency the rating counts for.</param>
/// <param name="Level">The rating.</param>
/// <param name="Comment">The applicant's words, if any.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierRated(Guid DossierId, string? Code, Guid DecidingAgencyId, Satisfaction Level, string? Comment, DateTimeOffset OccurredAt) : IDomainEvent;
