using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>The legal clock: reception instant, due instant, pauses, step deadlines.</summary>
public sealed class DossierClockTests
{
    private static readonly TimeLimit OneDay = TimeLimit.WorkingDays(1);
    private static readonly TimeLimit WithinTheDay = TimeLimit.WithinDay(new TimeOnly(15, 0));

    [Test]
    public void Receive_At1659_StartsTheClockAt1659()
    {
        var dossier = Received(OneDay, Vn.At(2026, 3, 3, 16, 59));

        dossier.ReceivedAt.ShouldBe(Vn.At(2026, 3, 3, 16, 59));
        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 4, 16, 59));
        dossier.AppointmentAt.ShouldBe(dossier.DueAt);
    }

    [Test]
    public void Receive_At1701_CountsFromTheNextWorkingDay()
    {
        var dossier = Received(OneDay, Vn.At(2026, 3, 3, 17, 1));

        dossier.ReceivedAt.ShouldBe(Vn.At(2026, 3, 4, 8, 0));
        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 4, 17, 0));
        dossier.Steps[^1].At.ShouldBe(Vn.At(2026, 3, 3, 17, 1));
    }

    [Test]
    public void Receive_OnAMakeUpSaturday_CountsThatSaturdayAsAWorkingDay()
    {
        var dossier = Received(OneDay, Vn.At(2026, 1, 10, 10, 0), TestCalendars.Year2026);

        dossier.ReceivedAt.ShouldBe(Vn.At(2026, 1, 10, 10, 0));
        dossier.DueAt.ShouldBe(Vn.At(2026, 1, 12, 10, 0));
    }

    [Test]
    public void Receive_WithinTheDay_Before1500_IsDueThatEvening() =>
        Received(WithinTheDay, Vn.At(2026, 3, 3, 14, 59)).DueAt.ShouldBe(Vn.At(2026, 3, 3, 17, 0));

    [Test]
    public void Receive_WithinTheDay_At1500_IsDueTheNextEvening() =>
        Received(WithinTheDay, Vn.At(2026, 3, 3, 15, 0)).DueAt.ShouldBe(Vn.At(2026, 3, 4, 17, 0));

    [Test]
    public void Receive_WithinTheDay_After1500OnTheFridayBeforeTet2026_IsDueTheMondayAfterTet() =>
        Received(WithinTheDay, Vn.At(2026, 2, 13, 15, 30), TestCalendars.Year2026).DueAt.ShouldBe(Vn.At(2026, 2, 23, 17, 0));

    [Test]
    public void Receive_WithACodeDatedByTheUtcDateBefore7InTheMorning_IsRefused()
    {
        var dossier = Submitted(OneDay, at: Vn.At(2026, 3, 2, 20, 0));
        var at = Vn.At(2026, 3, 3, 6, 30);
        var utcDated = DossierCode.Create(DepartmentCode, DateOnly.FromDateTime(at.UtcDateTime), 1);

        Should.Throw<DomainException>(() => dossier.Receive(Receptionist, at, DossierBuilder.Calendar, utcDated)).Code.ShouldBe("dossier.code_mismatch");
    }

    [Test]
    public void ProvideSupplement_AfterAPauseAcrossTet2026_MovesTheDueDateByThePausedWorkingTime()
    {
        var calendar = TestCalendars.Year2026;
        var dossier = Received(TimeLimit.WorkingDays(5), Vn.At(2026, 2, 11, 9, 0), calendar);
        dossier.DueAt.ShouldBe(Vn.At(2026, 2, 25, 9, 0));
        dossier.RequestSupplement(Specialist, Vn.At(2026, 2, 12, 10, 0), ["Bản sao học bạ"]);

        dossier.ProvideSupplement(Applicant, Vn.At(2026, 2, 24, 14, 0), calendar);

        // Paused: Thu 12 Feb 10:00–17:00 (6 h), Fri 13 (8 h), Tết and weekends (0), Mon 23 (8 h), Tue 24 08:00–14:00 (5 h) = 27 h.
        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 2, 12, 0));
        dossier.AppointmentAt.ShouldBe(dossier.DueAt);
        calendar.Between(Vn.At(2026, 2, 25, 9, 0), dossier.DueAt!.Value).ShouldBe(WorkingDuration(27));
        dossier.Pauses.ShouldBe([new HanoiDvc.Domain.Calendar.ClockPause(Vn.At(2026, 2, 12, 10, 0), Vn.At(2026, 2, 24, 14, 0))]);
        dossier.Status.ShouldBe(DossierStatus.Received);
    }

    [Test]
    public void ProvideSupplement_AfterAPauseSpanningOnlyTetAndWeekends_LeavesTheDueDate()
    {
        var calendar = TestCalendars.Year2026;
        var dossier = Received(TimeLimit.WorkingDays(5), Vn.At(2026, 2, 11, 9, 0), calendar);
        dossier.RequestSupplement(Specialist, Vn.At(2026, 2, 13, 17, 30), ["Bản sao học bạ"]);

        dossier.ProvideSupplement(Applicant, Vn.At(2026, 2, 21, 10, 0), calendar);

        dossier.DueAt.ShouldBe(Vn.At(2026, 2, 25, 9, 0));
    }

    [Test]
    public void ProvideSupplement_WithinTheDay_MovesTheDueInstantByThePausedWorkingTime()
    {
        var dossier = Received(WithinTheDay, Vn.At(2026, 3, 3, 10, 0));
        dossier.RequestSupplement(Specialist, Vn.At(2026, 3, 3, 11, 0), ["Đơn đề nghị có chữ ký"]);

        dossier.ProvideSupplement(Applicant, Vn.At(2026, 3, 4, 9, 0), DossierBuilder.Calendar);

        // Paused 11:00–12:00, 13:00–17:00 and 08:00–09:00: 6 working hours after Tuesday 17:00, across the lunch break.
        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 4, 15, 0));
    }

    [Test]
    public void ProvideSupplement_DuringProcessing_ReturnsToProcessingWithTheSameSpecialist()
    {
        var dossier = InProcessing();
        dossier.RequestSupplement(Specialist, Vn.At(2026, 3, 3, 9, 0), ["Bản sao CCCD"]);
        dossier.StatusBeforeSupplement.ShouldBe(DossierStatus.InProcessing);

        dossier.ProvideSupplement(Applicant, Vn.At(2026, 3, 3, 10, 0), DossierBuilder.Calendar);

        dossier.Status.ShouldBe(DossierStatus.InProcessing);
        dossier.AssigneeId.ShouldBe(Specialist.UserId);
        dossier.StatusBeforeSupplement.ShouldBeNull();
        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 9, 9, 0));
    }

    [Test]
    public void RequestSupplement_OpensAPauseFromNow()
    {
        var dossier = Received();

        dossier.RequestSupplement(Specialist, Vn.At(2026, 3, 2, 9, 0), ["Bản sao CCCD", " ", "Ảnh 3x4"]);

        dossier.Pauses.ShouldHaveSingleItem().ShouldBe(new HanoiDvc.Domain.Calendar.ClockPause(Vn.At(2026, 3, 2, 9, 0), null));
        dossier.SupplementRequests.ShouldBe(1);
        dossier.Steps[^1].Comment.ShouldBe("Bản sao CCCD\nẢnh 3x4");
    }

    [Test]
    public void RequestSupplement_WithNothingListed_NeedsTheList() =>
        Should.Throw<DomainException>(() => Received().RequestSupplement(Specialist, Vn.At(2026, 3, 2, 9, 0), [" "])).Code.ShouldBe("dossier.reason_required");

    [Test]
    public void RequestSupplement_ASecondTimeDuringProcessing_IsRefused()
    {
        var dossier = Received();
        dossier.RequestSupplement(Specialist, Vn.At(2026, 3, 2, 9, 0), ["Bản sao CCCD"]);
        dossier.ProvideSupplement(Applicant, Vn.At(2026, 3, 2, 10, 0), DossierBuilder.Calendar);
        dossier.Assign(Leader, Vn.At(2026, 3, 2, 11, 0), DossierBuilder.Calendar, Specialist.UserId);

        var error = Should.Throw<DomainException>(() => dossier.RequestSupplement(Specialist, Vn.At(2026, 3, 3, 9, 0), ["Ảnh 3x4"]));

        error.Code.ShouldBe("dossier.supplement_already_requested");
        dossier.Status.ShouldBe(DossierStatus.InProcessing);
    }

    [Test]
    public void RequestSupplement_AtReception_PausesNothingYet_AndASecondOneAtReceptionIsRefused()
    {
        var dossier = Submitted();
        dossier.RequestSupplement(Receptionist, Vn.At(2026, 3, 2, 7, 45), ["Bản sao CCCD"]);
        dossier.ProvideSupplement(Applicant, Vn.At(2026, 3, 2, 9, 0), DossierBuilder.Calendar);

        dossier.Status.ShouldBe(DossierStatus.Submitted);
        dossier.DueAt.ShouldBeNull();
        Should.Throw<DomainException>(() => dossier.RequestSupplement(Receptionist, Vn.At(2026, 3, 2, 9, 30), ["Ảnh 3x4"]))
            .Code.ShouldBe("dossier.supplement_already_requested");

        dossier.Receive(Receptionist, Vn.At(2026, 3, 2, 10, 0), DossierBuilder.Calendar, CodeFor(Vn.At(2026, 3, 2, 10, 0)));
        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 9, 10, 0));
    }

    [Test]
    public void StopProcessing_WhileASupplementRequestedAtReceptionIsPending_IsNotATransition()
    {
        var dossier = Submitted();
        dossier.RequestSupplement(Receptionist, Vn.At(2026, 3, 2, 7, 45), ["Bản sao CCCD"]);

        Should.Throw<DomainException>(() => dossier.StopProcessing(Leader, Vn.At(2026, 3, 2, 9, 0), "Không bổ sung")).Code.ShouldBe("dossier.invalid_transition");
        Should.Throw<DomainException>(() => dossier.IssueApology(Leader, Vn.At(2026, 3, 2, 9, 0), DossierBuilder.Calendar, DueAt, "Chậm")).Code.ShouldBe("dossier.invalid_transition");
    }

    [Test]
    public void StopProcessing_WhileWaitingForASupplement_EndsThePause()
    {
        var dossier = InState(DossierStatus.SupplementRequested);

        dossier.StopProcessing(Leader, Vn.At(2026, 3, 20, 9, 0), "Người nộp không bổ sung hồ sơ");

        dossier.Pauses.ShouldAllBe(p => !p.IsOpen);
        dossier.ClosedAt.ShouldBe(Vn.At(2026, 3, 20, 9, 0));
    }

    [Test]
    public void Assign_GivesTheStepTheSpecialistShareOfTheLimit()
    {
        var dossier = Received();

        dossier.Assign(Leader, AssignedAt, DossierBuilder.Calendar, Specialist.UserId);

        // 0.6 × 5 days = 24 working hours from Monday 08:30.
        dossier.Steps[^1].Deadline.ShouldBe(Vn.At(2026, 3, 5, 8, 30));
        dossier.Steps[^1].AssigneeId.ShouldBe(Specialist.UserId);
    }

    [Test]
    public void Assign_Late_NeverGivesADeadlineAfterTheDueDate()
    {
        var dossier = Received(specialistShare: 1m);

        dossier.Assign(Leader, Vn.At(2026, 3, 4, 10, 0), DossierBuilder.Calendar, Specialist.UserId);

        dossier.Steps[^1].Deadline.ShouldBe(DueAt);
    }

    [Test]
    public void Assign_WithoutASpecialist_IsRefused() =>
        Should.Throw<DomainException>(() => Received().Assign(Leader, AssignedAt, DossierBuilder.Calendar, Guid.Empty)).Code.ShouldBe("dossier.assignee_required");

    [Test]
    public void Forward_GivesTheInterAgencyStepItsOwnDeadline()
    {
        var dossier = InProcessing();
        var deadline = Vn.At(2026, 3, 4, 17, 0);

        dossier.Forward(Specialist, Vn.At(2026, 3, 2, 14, 0), OtherAgencyId, deadline, comment: "Xác minh văn bằng");

        var step = dossier.Steps[^1];
        (step.FromAgencyId, step.ToAgencyId, step.Deadline, step.AssigneeId).ShouldBe((DepartmentId, OtherAgencyId, deadline, (Guid?)null));
        dossier.CurrentAgencyId.ShouldBe(OtherAgencyId);
        dossier.DueAt.ShouldBe(DueAt);
    }

    [Test]
    public void Forward_WithADeadlineNotInTheFuture_IsRefused() =>
        Should.Throw<DomainException>(() => InProcessing().Forward(Specialist, Vn.At(2026, 3, 2, 14, 0), OtherAgencyId, Vn.At(2026, 3, 2, 14, 0)))
            .Code.ShouldBe("dossier.invalid_deadline");

    [Test]
    public void Forward_ToTheAgencyHoldingIt_IsRefused() =>
        Should.Throw<DomainException>(() => InProcessing().Forward(Specialist, Vn.At(2026, 3, 2, 14, 0), DepartmentId, Vn.At(2026, 3, 4, 14, 0)))
            .Code.ShouldBe("dossier.invalid_forward");

    [Test]
    public void Withdraw_BeforeReception_NeedsNoReason()
    {
        var dossier = Submitted();

        dossier.Withdraw(Applicant, Vn.At(2026, 3, 2, 7, 45));

        dossier.Status.ShouldBe(DossierStatus.Withdrawn);
        dossier.Steps[^1].Comment.ShouldBeNull();
    }

    [TestCase(null)]
    [TestCase("  ")]
    public void Withdraw_AfterReception_NeedsAReason(string? reason) =>
        Should.Throw<DomainException>(() => InProcessing().Withdraw(Applicant, Vn.At(2026, 3, 3, 9, 0), reason)).Code.ShouldBe("dossier.reason_required");

    [Test]
    public void Withdraw_WhileWaitingForASupplement_EndsThePause()
    {
        var dossier = InState(DossierStatus.SupplementRequested);

        dossier.Withdraw(Applicant, Vn.At(2026, 3, 3, 9, 0), "Không còn nhu cầu");

        dossier.Pauses.ShouldAllBe(p => !p.IsOpen);
        dossier.StatusBeforeSupplement.ShouldBeNull();
    }

    [Test]
    public void RecomputeDueAt_AfterTetIsAddedToTheCalendar_MovesTheDueDateAndTheAppointment()
    {
        var dossier = Received(TimeLimit.WorkingDays(5), Vn.At(2026, 2, 11, 9, 0), TestCalendars.Plain);
        dossier.DueAt.ShouldBe(Vn.At(2026, 2, 18, 9, 0));

        dossier.RecomputeDueAt(TestCalendars.Year2026, Vn.At(2026, 2, 12, 9, 0)).ShouldBeTrue();

        (dossier.DueAt, dossier.AppointmentAt).ShouldBe((Vn.At(2026, 2, 25, 9, 0), Vn.At(2026, 2, 25, 9, 0)));
        dossier.RecomputeDueAt(TestCalendars.Year2026, Vn.At(2026, 2, 12, 9, 0)).ShouldBeFalse();
    }

    [Test]
    public void RecomputeDueAt_OfAResolvedDossier_ChangesNothing()
    {
        var dossier = InState(DossierStatus.Resolved);

        dossier.RecomputeDueAt(TestCalendars.Year2026, Vn.At(2026, 3, 4, 9, 0)).ShouldBeFalse();

        dossier.DueAt.ShouldBe(DueAt);
    }

    private static HanoiDvc.Domain.Calendar.WorkingDuration WorkingDuration(int hours) => HanoiDvc.Domain.Calendar.WorkingDuration.FromHours(hours);
}
