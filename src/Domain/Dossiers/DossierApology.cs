namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// The "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (form 04 of Thông tư 01/2018/TT-VPCP) issued for a dossier: who speaks
/// (the agency responsible for the delay and its leader who signs), who prepared it at the desk, and the original and the
/// new appointment kept apart. Nghị định 61/2018/NĐ-CP, Điều 19 (as amended by Nghị định 107/2021/NĐ-CP).
/// </summary>
/// <param name="ResponsibleAgencyId">The agency that caused the delay (the deciding agency or one the dossier was forwarded to).</param>
/// <param name="SignerId">The leader of that agency who signs.</param>
/// <param name="SignerName">The signer's name as printed.</param>
/// <param name="SignerTitle">The signer's title as printed under the signature heading (e.g. "GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"); data, never invented.</param>
/// <param name="PreparedById">The desk official who prepared it on the signer's behalf; null when the signer issued it.</param>
/// <param name="PreparedByName">That official's name.</param>
/// <param name="IssuedAt">When it was issued (UTC).</param>
/// <param name="PreviousAppointmentAt">The appointment on the receipt, which it replaces.</param>
/// <param name="NewAppointmentAt">The new appointment it promises.</param>
/// <param name="Reason">Why the dossier will be late.</param>
public sealed record DossierApology(
    Guid ResponsibleAgencyId,
    Guid SignerId,
    string SignerName,
    string SignerTitle,
    Guid? PreparedById,
    string? PreparedByName,
    DateTimeOffset IssuedAt,
    DateTimeOffset PreviousAppointmentAt,
    DateTimeOffset NewAppointmentAt,
    string Reason);

/// <summary>
/// Who signs an apology: a leader, with the title printed on the form. When the desk prepares the apology, the application
/// resolves the leader's account to an <see cref="Actor"/> (roles and agency) so the aggregate can check them.
/// </summary>
/// <param name="Leader">The signing leader (user id, name, roles, agency).</param>
/// <param name="Title">The title printed above the name.</param>
public sealed record ApologySigner(Actor Leader, string Title);
