using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Notifications.Events;

/// <summary>A result waits at the desk past its appointment; written by the collection reminder job, once per (dossier, period).</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Code">Its code.</param>
/// <param name="ApplicantId">Whom to remind.</param>
/// <param name="CollectableFrom">The appointment (or the resolution, if later) from which the result could be collected.</param>
/// <param name="Period">Which reminder this is (1, 2, …: one per configured interval after the appointment).</param>
/// <param name="OccurredAt">When the reminder fired (UTC).</param>
public sealed record ResultCollectionReminderDue(Guid DossierId, string Code, Guid ApplicantId, DateTimeOffset CollectableFrom, int Period, DateTimeOffset OccurredAt) : IDomainEvent;
