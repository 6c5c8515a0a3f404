namespace HanoiDvc.Application.Documents;

/// <summary>
/// One line of the processing control sheet (Mẫu số 05, Thông tư 01/2018/TT-VPCP): who handed the dossier to whom and when,
/// the deadline of the work handed over, and whether it was done early, on time or late. Times are local.
/// </summary>
/// <param name="Action">What the step was, as printed ("Tiếp nhận", "Phân công xử lý", …).</param>
/// <param name="FromAgency">The agency handing over.</param>
/// <param name="FromPerson">The official handing over.</param>
/// <param name="ToAgency">The agency receiving.</param>
/// <param name="ToPerson">The official receiving, when known.</param>
/// <param name="At">When it was handed over.</param>
/// <param name="Deadline">The deadline of the work handed over, if it has one.</param>
/// <param name="DoneAt">When that work was finished (the next hand-over), if it is.</param>
/// <param name="Mark">"Trước hạn", "Đúng hạn", "Quá hạn", or null when there is no deadline or the work is still open.</param>
public sealed record DocumentHandOver(
    string Action, string FromAgency, string FromPerson, string ToAgency, string? ToPerson, DateTime At, DateTime? Deadline, DateTime? DoneAt, string? Mark);

/// <summary>One row of the register (Mẫu số 06, Thông tư 01/2018/TT-VPCP). Dates are local.</summary>
public sealed record DocumentRegisterRow(
    string Code,
    string ProcedureName,
    string ApplicantName,
    string? ApplicantContact,
    string DecidingAgency,
    DateTime ReceivedAt,
    DateTime? AppointmentAt,
    DateTime? ForwardedAt,
    DateTime? ResolvedAt,
    DateTime? ReturnedAt,
    string? Note);
