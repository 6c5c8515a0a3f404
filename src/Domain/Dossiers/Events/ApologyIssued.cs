namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>The responsible agency issued a "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (form 04) with a new appointment; send it by email or SMS for online dossiers.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="TrackingNumber">The tracking number given at submission.</param>
/// <param name="Code">The dossier code given at reception.</param>
/// <param name="ApplicantId">Whom to notify.</param>
/// <param name="PreviousAppointmentAt">The appointment it replaces.</param>
/// <param name="NewAppointmentAt">The new appointment.</param>
/// <param name="Reason">Why the dossier is late.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="ResponsibleAgencyId">The agency responsible for the delay, which apologises.</param>
/// <param name="SignerName">The leader who signs it.</param>
public sealed record ApologyIssued(
    Guid DossierId, string TrackingNumber, string Code, Guid ApplicantId, DateTimeOffset PreviousAppointmentAt, DateTimeOffset NewAppointmentAt, string Reason, DateTimeOffset OccurredAt,
    Guid? ResponsibleAgencyId = null, string? SignerName = null) : IDomainEvent;
