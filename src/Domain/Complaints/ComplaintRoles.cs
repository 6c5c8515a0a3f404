using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Domain.Complaints;

/// <summary>
/// The official roles that answer complaints at the responsible agency: the one-stop desk, which receives feedback on
/// the handling of procedures (Nghị định 61/2018/NĐ-CP, Điều 8), and the leader who signs the answer.
/// </summary>
public static class ComplaintRoles
{
    /// <summary>Roles that read the agency's complaints and answer or close them.</summary>
    public static IReadOnlyList<string> Answering { get; } = [DossierRoles.Receptionist, DossierRoles.Leader];
}
