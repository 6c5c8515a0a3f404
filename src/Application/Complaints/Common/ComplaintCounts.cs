namespace HanoiDvc.Application.Complaints.Common;

/// <summary>
/// One agency's complaints filed in a period, as the satisfaction group of the service index (Quyết định 766/QĐ-TTg)
/// counts them.
/// </summary>
/// <param name="AgencyId">The responsible agency.</param>
/// <param name="Filed">Complaints filed in the period.</param>
/// <param name="Answered">Of those, answered or closed out of scope by the reference instant.</param>
/// <param name="AnsweredOnTime">Of those answered, answered by their due instant.</param>
/// <param name="OpenOverdue">Of those filed, still open at the reference instant and past their due instant.</param>
public sealed record ComplaintCounts(Guid AgencyId, int Filed, int Answered, int AnsweredOnTime, int OpenOverdue);
