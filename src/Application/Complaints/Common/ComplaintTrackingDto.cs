using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.Application.Complaints.Common;

/// <summary>What tracking a complaint by its code shows: where it stands and the answer once given, never who complained or how to reach them.</summary>
/// <param name="TrackingCode">The code.</param>
/// <param name="Subject">About a dossier or a procedure.</param>
/// <param name="ProcedureName">The procedure's name (Vietnamese).</param>
/// <param name="ProcedureNameEn">The procedure's name (English).</param>
/// <param name="AgencyName">The responsible agency (Vietnamese).</param>
/// <param name="AgencyNameEn">The responsible agency (English).</param>
/// <param name="Status">Received, Answered or ClosedOutOfScope.</param>
/// <param name="FiledAt">When filed (UTC).</param>
/// <param name="DueAt">When the answer is due (UTC).</param>
/// <param name="AnsweredAt">When answered or closed (UTC).</param>
/// <param name="Answer">The answer, or the reasons it was closed.</param>
/// <param name="AnsweredOnTime">Whether answered by the due instant; null while open.</param>
/// <param name="IsOverdue">Whether still open after the due instant.</param>
public sealed record ComplaintTrackingDto(
    string TrackingCode, ComplaintSubject Subject, string? ProcedureName, string? ProcedureNameEn, string? AgencyName, string? AgencyNameEn,
    ComplaintStatus Status, DateTimeOffset FiledAt, DateTimeOffset DueAt, DateTimeOffset? AnsweredAt, string? Answer, bool? AnsweredOnTime, bool IsOverdue);
