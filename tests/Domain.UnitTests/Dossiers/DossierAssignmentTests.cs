using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>
/// Who acts on an assigned dossier (the assigned specialist; a leader reassigns) and how an integrator's agencies bound
/// what it may do: the same guards as an official's.
/// </summary>
public sealed class DossierAssignmentTests
{
    private static readonly DateTimeOffset Now = Vn.At(2026, 3, 4, 9, 0);
    private static readonly Actor Colleague = Official("Trần Văn Bình", DossierRoles.Specialist, DepartmentId);

    private static void ShouldBeRefused(Action act) => Should.Throw<DomainException>(act).Code.ShouldBe("dossier.not_allowed");

    [Test]
    public void SubmitForApproval_ByASpecialistItIsNotAssignedTo_IsNotAllowed() =>
        ShouldBeRefused(() => InProcessing().SubmitForApproval(Colleague, Now));

    [Test]
    public void Forward_ByASpecialistItIsNotAssignedTo_IsNotAllowed() =>
        ShouldBeRefused(() => InProcessing().Forward(Colleague, Now, OtherAgencyId, Now.AddDays(1)));

    [Test]
    public void RequestSupplement_ByASpecialistItIsNotAssignedTo_IsNotAllowed() =>
        ShouldBeRefused(() => InProcessing().RequestSupplement(Colleague, Now, ["Bản sao học bạ"]));

    [Test]
    public void Reassign_ByALeader_HandsItToTheColleague_KeepingTheStepDeadline()
    {
        var dossier = InProcessing();
        var deadline = dossier.Steps[^1].Deadline;

        dossier.Reassign(Leader, Now, Colleague.UserId, "Chuyên viên nghỉ phép");
        dossier.SubmitForApproval(Colleague, Now.AddHours(1));

        dossier.Steps[^2].Action.ShouldBe(DossierAction.Reassign);
        dossier.Steps[^2].Deadline.ShouldBe(deadline);
        dossier.Status.ShouldBe(DossierStatus.AwaitingApproval);
        Should.Throw<DomainException>(() => InProcessing().Reassign(Leader, Now, Specialist.UserId)).Code.ShouldBe("dossier.assignee_required");
    }

    [Test]
    public void Reassign_ByTheSpecialistOrAReceptionist_IsNotAllowed()
    {
        ShouldBeRefused(() => InProcessing().Reassign(Specialist, Now, Colleague.UserId));
        ShouldBeRefused(() => InProcessing().Reassign(Receptionist, Now, Colleague.UserId));
    }

    [Test]
    public void AnIntegrator_HoldsItsRolesOnlyAtTheAgenciesItActsFor()
    {
        var atCentre = Actor.Integrator(Guid.CreateVersion7(), "Phần mềm Trung tâm", DossierRoles.All, [CentreId]);
        var atDepartment = Actor.Integrator(Guid.CreateVersion7(), "Phần mềm Sở", DossierRoles.All, [DepartmentId]);

        ShouldBeRefused(() => AwaitingApproval().Approve(atCentre, Now, DossierBuilder.Calendar));
        var dossier = AwaitingApproval();
        dossier.Approve(atDepartment, Now, DossierBuilder.Calendar);
        dossier.Status.ShouldBe(DossierStatus.Resolved);
        atCentre.IsApplicant.ShouldBeFalse();
        Actor.Integrator(Guid.CreateVersion7(), "Chỉ đọc", [], [DepartmentId]).Has(DossierRoles.Leader, DepartmentId).ShouldBeFalse();
    }

    [Test]
    public void AnOfficialCopiedToAnotherAgency_HoldsTheRoleThere_AndNoLongerAtTheFirst()
    {
        var moved = Specialist with { AgencyId = OtherAgencyId };

        moved.Has(DossierRoles.Specialist, OtherAgencyId).ShouldBeTrue();
        moved.Has(DossierRoles.Specialist, DepartmentId).ShouldBeFalse();
    }
}
