namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>A dossier was handed to a specialist.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="AgencyId">The agency processing it.</param>
/// <param name="AssigneeId">The specialist.</param>
/// <param name="StepDeadline">The specialist's deadline.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierAssigned(Guid DossierId, string TrackingNumber, string Code, Guid AgencyId, Guid AssigneeId, DateTimeOffset StepDeadline, DateTimeOffset OccurredAt) : IDomainEvent;
