namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>A leader sent the draft result back to the specialist.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="AssigneeId">The specialist who has it again.</param>
/// <param name="Comment">What to change.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierReturnedToSpecialist(Guid DossierId, string TrackingNumber, string Code, Guid? AssigneeId, string Comment, DateTimeOffset OccurredAt) : IDomainEvent;
