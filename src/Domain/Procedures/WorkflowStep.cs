using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Domain.Procedures;

/// <summary>One step of the processing workflow: who acts, and which share of the time limit the step gets.</summary>
public sealed record WorkflowStep(string Name, string NameEn, string Role, decimal Share)
{
    /// <summary>
    /// The specialist's part of the legal time limit: the sum of the shares of the workflow's Specialist steps. The internal
    /// procedure gives each step its time (quy trình nội bộ, Nghị định 61/2018/NĐ-CP, Điều 31); the step deadline a dossier
    /// sets at assignment is this part of its time limit in working time, never after the due instant.
    /// </summary>
    public static decimal SpecialistShareOf(IEnumerable<WorkflowStep> steps) =>
        steps.Where(s => s.Role == DossierRoles.Specialist).Sum(s => s.Share);
}
