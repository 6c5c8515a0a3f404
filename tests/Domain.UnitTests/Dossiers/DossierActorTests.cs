using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class DossierActorTests
{
    private static readonly DateTimeOffset Now = Vn.At(2026, 3, 4, 9, 0);

    private static void ShouldBeRefused(Action act) => Should.Throw<DomainException>(act).Code.ShouldBe("dossier.not_allowed");

    [Test]
    public void Receive_BySpecialist_IsNotAllowed() =>
        ShouldBeRefused(() => Submitted().Receive(Specialist, Now, DossierBuilder.Calendar, CodeFor(Now)));

    [Test]
    public void Receive_ByReceptionistOfAnotherAgency_IsNotAllowed() =>
        ShouldBeRefused(() => Submitted().Receive(Official("Bàn khác", DossierRoles.Receptionist, OtherAgencyId), Now, DossierBuilder.Calendar, CodeFor(Now)));

    [Test]
    public void Receive_ByTheApplicant_IsNotAllowed() =>
        ShouldBeRefused(() => Submitted().Receive(Applicant, Now, DossierBuilder.Calendar, CodeFor(Now)));

    [Test]
    public void Withdraw_ByAnotherApplicant_IsNotAllowed() => ShouldBeRefused(() => Submitted().Withdraw(OtherApplicant, Now));

    [Test]
    public void Submit_ByAnotherApplicant_IsNotAllowed() => ShouldBeRefused(() => Draft().Submit(OtherApplicant, Now, TrackingNumber, ValidForm));

    [Test]
    public void ProvideSupplement_ByAnotherApplicant_IsNotAllowed() =>
        ShouldBeRefused(() => InState(DossierStatus.SupplementRequested).ProvideSupplement(OtherApplicant, Now, DossierBuilder.Calendar));

    [Test]
    public void Approve_BySpecialist_IsNotAllowed() => ShouldBeRefused(() => AwaitingApproval().Approve(Specialist, Now, DossierBuilder.Calendar));

    [Test]
    public void Approve_ByLeaderOfAnotherAgency_IsNotAllowed() =>
        ShouldBeRefused(() => AwaitingApproval().Approve(Official("Lãnh đạo khác", DossierRoles.Leader, OtherAgencyId), Now, DossierBuilder.Calendar));

    [Test]
    public void Assign_BySpecialist_IsNotAllowed() => ShouldBeRefused(() => Received().Assign(Specialist, Now, DossierBuilder.Calendar, Specialist.UserId));

    [Test]
    public void Assign_ByReceptionist_IsAllowed()
    {
        var dossier = Received();

        dossier.Assign(Receptionist, Now, DossierBuilder.Calendar, Specialist.UserId);

        dossier.Status.ShouldBe(DossierStatus.InProcessing);
    }

    [Test]
    public void RequestSupplement_AtReceptionBySpecialist_IsNotAllowed() =>
        ShouldBeRefused(() => Submitted().RequestSupplement(Specialist, Now, ["Bản sao CCCD"]));

    [Test]
    public void RequestSupplement_DuringProcessingByReceptionist_IsNotAllowed() =>
        ShouldBeRefused(() => InProcessing().RequestSupplement(Receptionist, Now, ["Bản sao CCCD"]));

    [Test]
    public void IssueApology_BySpecialist_IsNotAllowed() =>
        ShouldBeRefused(() => InProcessing().IssueApology(Specialist, DueAt, DossierBuilder.Calendar, DueAt.AddDays(2), "Chậm xác minh"));

    [Test]
    public void ReturnResult_ByLeader_IsNotAllowed() => ShouldBeRefused(() => InState(DossierStatus.Resolved).ReturnResult(Leader, Now, Channel.InPerson, ServiceLevel.Full));

    [Test]
    public void StopProcessing_ByApplicant_IsNotAllowed() => ShouldBeRefused(() => Received().StopProcessing(Applicant, Now, "Dừng"));

    [Test]
    public void WrongStatus_IsReportedBeforeWrongActor() =>
        Should.Throw<DomainException>(() => Draft().Approve(Applicant, Now, DossierBuilder.Calendar)).Code.ShouldBe("dossier.invalid_transition");

    [Test]
    public void Refusal_NamesTheActorAndTheAction()
    {
        var error = Should.Throw<DomainException>(() => AwaitingApproval().Approve(Specialist, Now, DossierBuilder.Calendar));

        error.Message.ShouldContain(Specialist.Name);
        error.Message.ShouldContain("Approve");
    }

    [Test]
    public void Desk_MaySubmitAnInPersonDraftItEnteredForTheApplicant()
    {
        var dossier = Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), TimeLimit.WorkingDays(5), Form, [], 0.6m,
            DepartmentId, DepartmentId, Applicant, "001208012345", Channel.InPerson, Drafted, enteredBy: Receptionist);

        dossier.Submit(Receptionist, SubmittedAt, TrackingNumber, ValidForm);

        dossier.ApplicantId.ShouldBe(Applicant.UserId);
        dossier.Steps[0].ActorId.ShouldBe(Receptionist.UserId);
    }

    [Test]
    public void Desk_MayNotSubmitAnApplicantsOnlineDraft() => ShouldBeRefused(() => Draft().Submit(Receptionist, Now, TrackingNumber, ValidForm));

    [Test]
    public void Desk_MayNotStartAnOnlineDraftForSomeoneElse() =>
        ShouldBeRefused(() => Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), TimeLimit.WorkingDays(5), Form, [], 0.6m,
            DepartmentId, DepartmentId, Applicant, "001208012345", Channel.Online, Drafted, enteredBy: Receptionist));

    [Test]
    public void Desk_MayRecordASupplementBroughtToTheCounter()
    {
        var dossier = InState(DossierStatus.SupplementRequested);

        dossier.ProvideSupplement(Receptionist, Now, DossierBuilder.Calendar);

        dossier.Status.ShouldBe(DossierStatus.Received);
    }

    [Test]
    public void ServiceCentre_ReceivesForTheDecidingAgency_ThenTheDepartmentProcesses_AndTheCentreReturnsTheResult()
    {
        var centreDesk = Official("Trung tâm PVHCC", DossierRoles.Receptionist, CentreId);
        var dossier = Submitted(receivingAgencyId: CentreId);
        ShouldBeRefused(() => dossier.Receive(Receptionist, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt)));

        dossier.Receive(centreDesk, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt));
        dossier.CurrentAgencyId.ShouldBe(DepartmentId);
        (dossier.Steps[^1].FromAgencyId, dossier.Steps[^1].ToAgencyId).ShouldBe((CentreId, DepartmentId));
        ShouldBeRefused(() => dossier.Assign(Official("Lãnh đạo trung tâm", DossierRoles.Leader, CentreId), AssignedAt, DossierBuilder.Calendar, Specialist.UserId));

        dossier.Assign(Leader, AssignedAt, DossierBuilder.Calendar, Specialist.UserId);
        dossier.SubmitForApproval(Specialist, SubmittedForApprovalAt);
        dossier.Approve(Leader, ResolvedAt, DossierBuilder.Calendar);
        dossier.ReturnResult(centreDesk, Now, Channel.InPerson, ServiceLevel.Full);

        dossier.Status.ShouldBe(DossierStatus.ResultReturned);
        dossier.ReturnChannel.ShouldBe(Channel.InPerson);
    }

    [Test]
    public void Forwarded_TheOtherAgencysSpecialistActs_AndTheDepartmentsNoLonger()
    {
        var dossier = InProcessing();
        var otherSpecialist = Official("Chuyên viên liên thông", DossierRoles.Specialist, OtherAgencyId);
        dossier.Forward(Specialist, Now, OtherAgencyId, Now.AddDays(2));

        ShouldBeRefused(() => dossier.Forward(Specialist, Now, CentreId, Now.AddDays(2)));
        dossier.Forward(otherSpecialist, Now.AddHours(1), DepartmentId, Now.AddDays(2));

        dossier.CurrentAgencyId.ShouldBe(DepartmentId);
    }

    [Test]
    public void SubmitForApproval_WhileAtAnotherAgency_MustBeForwardedBackFirst()
    {
        var dossier = InProcessing();
        dossier.Forward(Specialist, Now, OtherAgencyId, Now.AddDays(2));

        var error = Should.Throw<DomainException>(() => dossier.SubmitForApproval(Official("Chuyên viên liên thông", DossierRoles.Specialist, OtherAgencyId), Now));

        error.Code.ShouldBe("dossier.invalid_transition");
        error.Message.ShouldContain("forwarded back");
    }
}
