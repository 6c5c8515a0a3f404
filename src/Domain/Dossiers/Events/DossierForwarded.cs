namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>A dossier was sent to another agency for an inter-agency step.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="FromAgencyId">The agency that sent it.</param>
/// <param name="ToAgencyId">The agency that has it now.</param>
/// <param name="AssigneeId">The specialist there, if named.</param>
/// <param name="StepDeadline">The inter-agency step's deadline.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierForwarded(Guid DossierId, string TrackingNumber, string Code, Guid FromAgencyId, Guid ToAgencyId, Guid? AssigneeId, DateTimeOffset StepDeadline, DateTimeOffset OccurredAt) : IDomainEvent;
