namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The desk recorded that the applicant did not come for a result waiting at the desk; it stays there to be collected.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="ReceivingAgencyId">The agency whose desk keeps the result.</param>
/// <param name="OccurredAt">When it was recorded (UTC).</param>
public sealed record UncollectedResultRecorded(Guid DossierId, string Code, Guid ApplicantId, Guid ReceivingAgencyId, DateTimeOffset OccurredAt) : IDomainEvent;
