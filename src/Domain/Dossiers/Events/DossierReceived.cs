namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The desk received a dossier: the receipt (form 01) with its code and appointment can be sent.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="ReceivedAt">When the legal clock started.</param>
/// <param name="AppointmentAt">The appointment written on the receipt.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record DossierReceived(Guid DossierId, string TrackingNumber, string Code, Guid ApplicantId, DateTimeOffset ReceivedAt, DateTimeOffset AppointmentAt, DateTimeOffset OccurredAt) : IDomainEvent;
