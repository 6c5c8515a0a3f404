using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>
/// The "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (form 04 of Thông tư 01/2018/TT-VPCP), read from Nghị định 61/2018/NĐ-CP,
/// Điều 19 as amended by Nghị định 107/2021/NĐ-CP: the agency that caused the delay apologises with the reason and a new
/// appointment, at the latest one working day before the due date, and sets the new appointment only once. The builder's
/// dossier is due Friday 6 March 2026 at 17:00, so the last instant for an apology is Thursday 5 March at 17:00.
/// </summary>
public sealed class DossierApologyTests
{
    private static readonly DateTimeOffset LastChance = Vn.At(2026, 3, 5, 17, 0);
    private static readonly DateTimeOffset NewAppointment = Vn.At(2026, 3, 10, 17, 0);
    private static readonly Actor OtherLeader = Official("Trần Quốc Bảo", DossierRoles.Leader, OtherAgencyId);

    private static ApologySigner Director => new(Leader, "GIÁM ĐỐC");

    [Test]
    public void IssueApology_ByALeaderOfTheDecidingAgency_OneWorkingDayBeforeTheDueDate_KeepsTheOriginalAndTheNewAppointmentApart_ND61Art19()
    {
        var dossier = InProcessing();

        dossier.IssueApology(Leader, LastChance, DossierBuilder.Calendar, NewAppointment, "Chờ xác minh của trường", Director);

        dossier.DueAt.ShouldBe(DueAt);
        dossier.AppointmentAt.ShouldBe(NewAppointment);
        dossier.ApologyIssued.ShouldBeTrue();
        dossier.Apology.ShouldBe(new DossierApology(DepartmentId, Leader.UserId, Leader.Name, "GIÁM ĐỐC", null, null, LastChance, DueAt, NewAppointment, "Chờ xác minh của trường"));
        var step = dossier.Steps[^1];
        (step.Action, step.FromStatus, step.ToStatus, step.Deadline).ShouldBe((DossierAction.IssueApology, DossierStatus.InProcessing, DossierStatus.InProcessing, NewAppointment));
        var issued = dossier.DomainEvents.OfType<ApologyIssued>().Single();
        (issued.PreviousAppointmentAt, issued.NewAppointmentAt, issued.ResponsibleAgencyId, issued.SignerName).ShouldBe((DueAt, NewAppointment, DepartmentId, Leader.Name));
    }

    [Test]
    public void IssueApology_RightAfterReception_IsAllowed_ND61Art19()
    {
        // Nothing in Điều 19 waits for the last day: as soon as the delay is known, before the one-day limit.
        var dossier = Received();

        dossier.IssueApology(Leader, Vn.At(2026, 3, 2, 9, 0), DossierBuilder.Calendar, NewAppointment, "Sổ gốc đang được phục hồi", Director);

        dossier.Apology!.PreviousAppointmentAt.ShouldBe(DueAt);
    }

    [Test]
    public void IssueApology_PreparedByTheDeskOnBehalfOfALeader_RecordsTheSignerAndWhoPreparedIt_ND61Art19()
    {
        var dossier = InProcessing();

        dossier.IssueApology(Receptionist, LastChance, DossierBuilder.Calendar, NewAppointment, "Chờ xác minh", new ApologySigner(Leader, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"));

        var apology = dossier.Apology!;
        (apology.SignerId, apology.SignerName, apology.SignerTitle).ShouldBe((Leader.UserId, Leader.Name, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"));
        (apology.PreparedById, apology.PreparedByName).ShouldBe((Receptionist.UserId, Receptionist.Name));
        dossier.Steps[^1].ActorName.ShouldBe(Receptionist.Name);
    }

    [Test]
    public void IssueApology_ByTheDeskWithoutALeaderSigning_IsRefused_ND61Art19()
    {
        // The apology is the responsible agency's: the desk only prepares it, a Leader of that agency signs.
        var dossier = InProcessing();

        Should.Throw<DomainException>(() => dossier.IssueApology(Receptionist, LastChance, DossierBuilder.Calendar, NewAppointment, "Chậm"))
            .Code.ShouldBe("dossier.signer_required");
        Should.Throw<DomainException>(() => dossier.IssueApology(Receptionist, LastChance, DossierBuilder.Calendar, NewAppointment, "Chậm", new ApologySigner(Receptionist, "GIÁM ĐỐC")))
            .Code.ShouldBe("dossier.signer_required");
        Should.Throw<DomainException>(() => dossier.IssueApology(Receptionist, LastChance, DossierBuilder.Calendar, NewAppointment, "Chậm", new ApologySigner(OtherLeader, "GIÁM ĐỐC")))
            .Code.ShouldBe("dossier.signer_required");
        dossier.Apology.ShouldBeNull();
    }

    [Test]
    public void IssueApology_WithoutTheSignersTitle_IsRefused_TheTitleIsPrintedAsRecorded() =>
        Should.Throw<DomainException>(() => InProcessing().IssueApology(Leader, LastChance, DossierBuilder.Calendar, NewAppointment, "Chậm", new ApologySigner(Leader, " ")))
            .Code.ShouldBe("dossier.signer_required");

    [Test]
    public void IssueApology_ByALeaderOfAnAgencyThatIsNotResponsible_IsNotAllowed_ND61Art19() =>
        Should.Throw<DomainException>(() => InProcessing().IssueApology(OtherLeader, LastChance, DossierBuilder.Calendar, NewAppointment, "Chậm", new ApologySigner(OtherLeader, "GIÁM ĐỐC")))
            .Code.ShouldBe("dossier.not_allowed");

    [Test]
    public void IssueApology_ForTheAgencyTheDossierWasForwardedTo_IsSignedByItsLeader_AndSpeaksForIt_ND61Art19()
    {
        var dossier = InProcessing();
        dossier.Forward(Specialist, Vn.At(2026, 3, 3, 9, 0), OtherAgencyId, Vn.At(2026, 3, 5, 17, 0));

        dossier.IssueApology(Receptionist, LastChance, DossierBuilder.Calendar, NewAppointment, "Chờ kết quả xác minh liên thông", new ApologySigner(OtherLeader, "CHỦ TỊCH"));

        (dossier.Apology!.ResponsibleAgencyId, dossier.Apology.SignerName).ShouldBe((OtherAgencyId, OtherLeader.Name));
        dossier.ApologyAgencies.ShouldBe([DepartmentId, OtherAgencyId]);
    }

    [Test]
    public void IssueApology_ForTheDecidingAgency_AfterAForward_IsSignedByTheDecidingAgencysLeader_ND61Art19()
    {
        var dossier = InProcessing();
        dossier.Forward(Specialist, Vn.At(2026, 3, 3, 9, 0), OtherAgencyId, Vn.At(2026, 3, 5, 17, 0));

        dossier.IssueApology(Leader, LastChance, DossierBuilder.Calendar, NewAppointment, "Chậm do Sở", Director, DepartmentId);

        dossier.Apology!.ResponsibleAgencyId.ShouldBe(DepartmentId);
    }

    [Test]
    public void IssueApology_ForAnAgencyThatNeverHeldTheDossier_IsRefused_ND61Art19() =>
        Should.Throw<DomainException>(() => InProcessing().IssueApology(Receptionist, LastChance, DossierBuilder.Calendar, NewAppointment, "Chậm", new ApologySigner(OtherLeader, "GIÁM ĐỐC"), OtherAgencyId))
            .Code.ShouldBe("dossier.invalid_apology_agency");

    [TestCase(2026, 3, 5, 17, 1)]
    [TestCase(2026, 3, 6, 9, 0)]
    [TestCase(2026, 3, 6, 17, 0)]
    [TestCase(2026, 3, 9, 9, 0)]
    public void IssueApology_LessThanOneWorkingDayBeforeTheDueDate_OrAfterIt_IsTooLate_ND61Art19(int year, int month, int day, int hour, int minute)
    {
        var dossier = InProcessing();

        Should.Throw<DomainException>(() => dossier.IssueApology(Leader, Vn.At(year, month, day, hour, minute), DossierBuilder.Calendar, Vn.At(2026, 3, 12, 17, 0), "Chậm", Director))
            .Code.ShouldBe("dossier.apology_too_late");
        (dossier.Apology, dossier.AppointmentAt).ShouldBe((null, DueAt));
    }

    [Test]
    public void IssueApology_ASecondTime_IsRefused_TheNewAppointmentIsSetOnce_ND61Art19()
    {
        var dossier = Received();
        dossier.IssueApology(Leader, Vn.At(2026, 3, 2, 9, 0), DossierBuilder.Calendar, NewAppointment, "Chậm", Director);

        Should.Throw<DomainException>(() => dossier.IssueApology(Leader, Vn.At(2026, 3, 3, 9, 0), DossierBuilder.Calendar, Vn.At(2026, 3, 12, 17, 0), "Chậm nữa", Director))
            .Code.ShouldBe("dossier.apology_already_issued");
        dossier.AppointmentAt.ShouldBe(NewAppointment);
    }

    [Test]
    public void IssueApology_WithAnAppointmentNotLaterThanTheOriginalOne_IsRefused() =>
        Should.Throw<DomainException>(() => InProcessing().IssueApology(Leader, LastChance, DossierBuilder.Calendar, DueAt, "Chậm", Director))
            .Code.ShouldBe("dossier.invalid_appointment");

    [Test]
    public void IssueApology_WithoutAReason_IsRefused_TheFormStatesTheReason() =>
        Should.Throw<DomainException>(() => InProcessing().IssueApology(Leader, LastChance, DossierBuilder.Calendar, NewAppointment, " ", Director))
            .Code.ShouldBe("dossier.reason_required");

    [Test]
    public void IssueApology_BeforeReception_IsNotATransition() =>
        Should.Throw<DomainException>(() => Submitted().IssueApology(Leader, Vn.At(2026, 3, 2, 7, 45), DossierBuilder.Calendar, NewAppointment, "Chậm", Director))
            .Code.ShouldBe("dossier.invalid_transition");

    [Test]
    public void ApologyDueBy_IsOneWorkingDayBeforeTheDueInstant_AndNoneOnceIssuedOrResolved_ND61Art19()
    {
        var dossier = InProcessing();
        dossier.ApologyDueBy(DossierBuilder.Calendar).ShouldBe(LastChance);
        Submitted().ApologyDueBy(DossierBuilder.Calendar).ShouldBeNull();
        InState(DossierStatus.Resolved).ApologyDueBy(DossierBuilder.Calendar).ShouldBeNull();

        dossier.IssueApology(Leader, LastChance, DossierBuilder.Calendar, NewAppointment, "Chậm", Director);

        dossier.ApologyDueBy(DossierBuilder.Calendar).ShouldBeNull();
    }

    [Test]
    public void Approve_AfterAnApology_ByTheOriginalAppointment_IsNotLate_LatenessIsJudgedAgainstTheOriginalAppointment()
    {
        // DOMAIN: whether the dossier counts late is decided by when the result is ready against the original appointment.
        var dossier = AwaitingApproval();
        dossier.IssueApology(Receptionist, LastChance, DossierBuilder.Calendar, NewAppointment, "Chờ xác minh của trường", Director);

        dossier.Approve(Leader, Vn.At(2026, 3, 6, 9, 0), DossierBuilder.Calendar);

        dossier.Outcome.ShouldBe(DossierOutcome.OnTime);
    }

    [Test]
    public void Approve_AfterAnApology_AfterTheOriginalAppointment_IsLate_EvenBeforeTheNewOne()
    {
        var dossier = AwaitingApproval();
        dossier.IssueApology(Leader, LastChance, DossierBuilder.Calendar, NewAppointment, "Chờ xác minh của trường", Director);

        dossier.Approve(Leader, Vn.At(2026, 3, 9, 9, 0), DossierBuilder.Calendar);

        dossier.Outcome.ShouldBe(DossierOutcome.Late);
    }

    [Test]
    public void ProvideSupplement_AfterAnApology_MovesTheCurrentAppointmentByThePausedTime_ButNotTheRecordedOnes()
    {
        var dossier = InProcessing();
        dossier.IssueApology(Leader, LastChance, DossierBuilder.Calendar, NewAppointment, "Chờ xác minh", Director);
        dossier.RequestSupplement(Specialist, Vn.At(2026, 3, 6, 8, 0), ["Bản sao học bạ"]);

        dossier.ProvideSupplement(Applicant, Vn.At(2026, 3, 9, 8, 0), DossierBuilder.Calendar);

        // Friday 6 March was paused: one working day.
        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 9, 17, 0));
        dossier.AppointmentAt.ShouldBe(Vn.At(2026, 3, 11, 17, 0));
        (dossier.Apology!.PreviousAppointmentAt, dossier.Apology.NewAppointmentAt).ShouldBe((DueAt, NewAppointment));
    }
}
