using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>The processing control sheet of a whole dossier, with a supplement, an inter-agency step and a return to the specialist.</summary>
public sealed class DossierTimelineTests
{
    [Test]
    public void AWholeDossier_WritesOneStepPerTransition_InOrder_AndOneEventEach()
    {
        var calendar = DossierBuilder.Calendar;
        var otherSpecialist = Official("Chuyên viên Sở Nội vụ", DossierRoles.Specialist, OtherAgencyId);
        var dossier = Draft();

        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, ValidForm);
        dossier.Receive(Receptionist, ReceivedAt, calendar, CodeFor(ReceivedAt));
        dossier.Assign(Leader, AssignedAt, calendar, Specialist.UserId, "Giao chuyên viên Quân");
        dossier.RequestSupplement(Specialist, Vn.At(2026, 3, 2, 10, 0), ["Bản sao học bạ"]);
        dossier.ProvideSupplement(Applicant, Vn.At(2026, 3, 3, 10, 0), calendar);
        dossier.Forward(Specialist, Vn.At(2026, 3, 3, 11, 0), OtherAgencyId, Vn.At(2026, 3, 5, 11, 0), otherSpecialist.UserId, "Xin ý kiến");
        dossier.Forward(otherSpecialist, Vn.At(2026, 3, 4, 9, 0), DepartmentId, Vn.At(2026, 3, 6, 9, 0), Specialist.UserId, "Đã có ý kiến");
        dossier.SubmitForApproval(Specialist, Vn.At(2026, 3, 4, 14, 0));
        dossier.ReturnToSpecialist(Leader, Vn.At(2026, 3, 4, 15, 0), "Sửa trích yếu");
        dossier.SubmitForApproval(Specialist, Vn.At(2026, 3, 5, 9, 0));
        dossier.Approve(Leader, Vn.At(2026, 3, 5, 10, 0), calendar);
        dossier.ReturnResult(Receptionist, Vn.At(2026, 3, 6, 9, 0), Channel.Post, ServiceLevel.Full);

        dossier.Steps.Select(s => (s.Sequence, s.Action, s.FromStatus, s.ToStatus)).ShouldBe(
        [
            (1, DossierAction.Submit, DossierStatus.Draft, DossierStatus.Submitted),
            (2, DossierAction.Receive, DossierStatus.Submitted, DossierStatus.Received),
            (3, DossierAction.Assign, DossierStatus.Received, DossierStatus.InProcessing),
            (4, DossierAction.RequestSupplement, DossierStatus.InProcessing, DossierStatus.SupplementRequested),
            (5, DossierAction.ProvideSupplement, DossierStatus.SupplementRequested, DossierStatus.InProcessing),
            (6, DossierAction.Forward, DossierStatus.InProcessing, DossierStatus.InProcessing),
            (7, DossierAction.Forward, DossierStatus.InProcessing, DossierStatus.InProcessing),
            (8, DossierAction.SubmitForApproval, DossierStatus.InProcessing, DossierStatus.AwaitingApproval),
            (9, DossierAction.ReturnToSpecialist, DossierStatus.AwaitingApproval, DossierStatus.InProcessing),
            (10, DossierAction.SubmitForApproval, DossierStatus.InProcessing, DossierStatus.AwaitingApproval),
            (11, DossierAction.Approve, DossierStatus.AwaitingApproval, DossierStatus.Resolved),
            (12, DossierAction.ReturnResult, DossierStatus.Resolved, DossierStatus.ResultReturned),
        ]);
        dossier.Steps.Select(s => s.ActorId).ShouldBe(
        [
            Applicant.UserId, Receptionist.UserId, Leader.UserId, Specialist.UserId, Applicant.UserId, Specialist.UserId,
            otherSpecialist.UserId, Specialist.UserId, Leader.UserId, Specialist.UserId, Leader.UserId, Receptionist.UserId,
        ]);
        dossier.Steps[5].ShouldSatisfyAllConditions(
            s => s.FromAgencyId.ShouldBe(DepartmentId),
            s => s.ToAgencyId.ShouldBe(OtherAgencyId),
            s => s.AssigneeId.ShouldBe(otherSpecialist.UserId),
            s => s.Comment.ShouldBe("Xin ý kiến"));
        dossier.Steps.ShouldAllBe(s => s.At.Offset == TimeSpan.Zero);
        dossier.DomainEvents.Select(e => e.GetType()).ShouldBe(
        [
            typeof(DossierSubmitted), typeof(DossierReceived), typeof(DossierAssigned), typeof(SupplementRequested), typeof(SupplementProvided),
            typeof(DossierForwarded), typeof(DossierForwarded), typeof(DossierSubmittedForApproval), typeof(DossierReturnedToSpecialist),
            typeof(DossierSubmittedForApproval), typeof(DossierApproved), typeof(ResultReturned),
        ]);
        (dossier.Outcome, dossier.ReturnedAt, dossier.ReturnChannel).ShouldBe((DossierOutcome.Early, Vn.At(2026, 3, 6, 9, 0), Channel.Post));
    }

    [Test]
    public void ClearDomainEvents_AfterDispatch_LeavesTheStepsAlone()
    {
        var dossier = InProcessing();

        dossier.ClearDomainEvents();

        dossier.DomainEvents.ShouldBeEmpty();
        dossier.Steps.Count.ShouldBe(3);
    }
}
