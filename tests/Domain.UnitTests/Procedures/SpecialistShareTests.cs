using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using HanoiDvc.Domain.UnitTests.Dossiers;

namespace HanoiDvc.Domain.UnitTests.Procedures;

/// <summary>
/// The specialist's part of the legal time limit, computed once from the procedure's workflow (the internal procedure gives
/// each step its time: Nghị định 61/2018/NĐ-CP, Điều 31) and used by every way a dossier starts (online, desk, integrator).
/// </summary>
public sealed class SpecialistShareTests
{
    private static WorkflowStep Step(string role, decimal share) => new($"Bước {role}", $"{role} step", role, share);

    [Test]
    public void TheSpecialistShare_IsTheSumOfTheSpecialistSteps_Only_NĐ61_2018_Điều31()
    {
        WorkflowStep[] steps =
        [
            Step(DossierRoles.Receptionist, 0.1m),
            Step(DossierRoles.Specialist, 0.4m),
            Step(DossierRoles.Leader, 0.2m),
            Step(DossierRoles.Specialist, 0.3m),
        ];

        WorkflowStep.SpecialistShareOf(steps).ShouldBe(0.7m);
        WorkflowStep.SpecialistShareOf([Step(DossierRoles.Receptionist, 0.5m), Step(DossierRoles.Leader, 0.5m)]).ShouldBe(0m);
    }

    [Test]
    public void TheShare_SetsTheAssignmentDeadline_AsThatPartOfTheLimitInWorkingTime_NĐ61_2018_Điều31()
    {
        var share = WorkflowStep.SpecialistShareOf([Step(DossierRoles.Receptionist, 0.2m), Step(DossierRoles.Specialist, 0.5m), Step(DossierRoles.Leader, 0.3m)]);
        var dossier = DossierBuilder.Received(TimeLimit.WorkingDays(10), specialistShare: share);

        dossier.Assign(DossierBuilder.Leader, DossierBuilder.AssignedAt, DossierBuilder.Calendar, DossierBuilder.Specialist.UserId);

        // 0.5 × 10 working days = 40 working hours from Monday 2 March 08:30 → Monday 9 March 08:30.
        dossier.Steps[^1].Deadline.ShouldBe(Vn.At(2026, 3, 9, 8, 30));
    }
}
