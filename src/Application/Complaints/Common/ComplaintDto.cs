using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.Application.Complaints.Common;

/// <summary>
/// A complaint as its complainant and the officials of its responsible agency see it, contact included. Nobody else
/// receives this shape: the public tracking answer is <see cref="ComplaintTrackingDto"/>.
/// </summary>
/// <param name="Id">The complaint's id.</param>
/// <param name="TrackingCode">The public code to track it by, e.g. <c>PAKN-7KQ2M9XH4D</c>.</param>
/// <param name="Subject">About a dossier or a procedure.</param>
/// <param name="DossierId">The dossier, for a complaint about one.</param>
/// <param name="DossierReference">The dossier's code, else its tracking number.</param>
/// <param name="ProcedureId">The procedure.</param>
/// <param name="ProcedureName">The procedure's name (Vietnamese).</param>
/// <param name="ProcedureNameEn">The procedure's name (English).</param>
/// <param name="AgencyId">The responsible agency.</param>
/// <param name="AgencyName">Its name (Vietnamese).</param>
/// <param name="AgencyNameEn">Its name (English).</param>
/// <param name="ComplainantName">Who complains.</param>
/// <param name="ContactEmail">Their e-mail, if given.</param>
/// <param name="ContactPhone">Their phone, if given.</param>
/// <param name="Content">The complaint's words.</param>
/// <param name="Status">Received, Answered or ClosedOutOfScope.</param>
/// <param name="FiledAt">When filed (UTC).</param>
/// <param name="DueAt">When the answer is due (UTC): 10 working days later.</param>
/// <param name="AnsweredAt">When answered or closed (UTC).</param>
/// <param name="Answer">The answer, or the reasons it was closed.</param>
/// <param name="AnsweredByName">The official who answered.</param>
/// <param name="AnsweredOnTime">Whether answered by the due instant; null while open.</param>
/// <param name="IsOverdue">Whether still open after the due instant.</param>
/// <param name="AllowedActions">What the caller may do now (Answer, CloseOutOfScope).</param>
public sealed record ComplaintDto(
    Guid Id, string TrackingCode, ComplaintSubject Subject, Guid? DossierId, string? DossierReference, Guid ProcedureId, string? ProcedureName, string? ProcedureNameEn,
    Guid AgencyId, string? AgencyName, string? AgencyNameEn, string ComplainantName, string? ContactEmail, string? ContactPhone, string Content,
    ComplaintStatus Status, DateTimeOffset FiledAt, DateTimeOffset DueAt, DateTimeOffset? AnsweredAt, string? Answer, string? AnsweredByName,
    bool? AnsweredOnTime, bool IsOverdue, IReadOnlyList<ComplaintOperation> AllowedActions);
