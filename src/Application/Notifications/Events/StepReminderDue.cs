using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Notifications.Events;

/// <summary>A processing step is getting close to its deadline; written by the reminder job, once per (step, point).</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Reference">Its code.</param>
/// <param name="StepId">The step (hand-over) the reminder is about.</param>
/// <param name="RecipientIds">The step's owner(s): its assignee, else the leaders of the agency holding it.</param>
/// <param name="Deadline">The step's deadline.</param>
/// <param name="OccurredAt">When the reminder fired (UTC).</param>
public sealed record StepReminderDue(Guid DossierId, string Reference, Guid StepId, IReadOnlyList<Guid> RecipientIds, DateTimeOffset Deadline, DateTimeOffset OccurredAt) : IDomainEvent;
