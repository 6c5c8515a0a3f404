using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Notifications.Events;

/// <summary>The morning check found a dossier past its due instant, or its current step past the step's deadline.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Reference">Its code.</param>
/// <param name="AgencyId">The agency holding it.</param>
/// <param name="AssigneeId">The specialist holding it, if any.</param>
/// <param name="Deadline">The deadline that passed.</param>
/// <param name="StepOnly">True when only the step is late, not the dossier.</param>
/// <param name="OccurredAt">When the check ran (UTC).</param>
public sealed record DossierOverdue(Guid DossierId, string Reference, Guid AgencyId, Guid? AssigneeId, DateTimeOffset Deadline, bool StepOnly, DateTimeOffset OccurredAt) : IDomainEvent;
