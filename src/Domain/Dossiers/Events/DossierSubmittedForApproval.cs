namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>A specialist submitted a draft result; the agency's leaders have work.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="AgencyId">The agency whose leaders decide.</param>
/// <param name="SpecialistId">Who submitted it.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierSubmittedForApproval(Guid DossierId, string TrackingNumber, string Code, Guid AgencyId, Guid SpecialistId, DateTimeOffset OccurredAt) : IDomainEvent;
