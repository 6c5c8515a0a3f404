using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>What withdrawing a dossier involves now, and the reception instant the applicant is shown.</summary>
public sealed class DossierWithdrawalAndReceptionTests
{
    [Test]
    public void WithdrawalTerms_BeforeReception_NeedNoReason_AfterReception_Do_ND61_2018_Dieu18()
    {
        Submitted().MayBeWithdrawn.ShouldBeTrue();
        Submitted().WithdrawalNeedsReason.ShouldBeFalse();
        InProcessing().MayBeWithdrawn.ShouldBeTrue();
        InProcessing().WithdrawalNeedsReason.ShouldBeTrue();
    }

    [TestCase(DossierStatus.Resolved)]
    [TestCase(DossierStatus.Refused)]
    [TestCase(DossierStatus.ResultReturned)]
    [TestCase(DossierStatus.Withdrawn)]
    [TestCase(DossierStatus.NotReceived)]
    [TestCase(DossierStatus.Stopped)]
    public void OnceDecidedOrClosed_ADossierMayNotBeWithdrawn(DossierStatus status)
    {
        var dossier = InState(status);

        dossier.MayBeWithdrawn.ShouldBeFalse();
        Should.Throw<DomainException>(() => dossier.Withdraw(Applicant, Vn.At(2026, 3, 4, 9, 0), "Không còn nhu cầu")).Code.ShouldBe("dossier.invalid_transition");
    }

    [Test]
    public void WithdrawingAPaidDossier_RecordsTheFeesAsRefunded_AndTheTermsSaySoBeforehand()
    {
        var dossier = Draft();
        var paid = PaidSubmitted();

        paid.WithdrawalRefundVnd.ShouldBe(paid.AmountDueVnd);
        paid.AmountDueVnd.ShouldBeGreaterThan(0);
        dossier.WithdrawalRefundVnd.ShouldBe(0);
        paid.Withdraw(Applicant, Vn.At(2026, 3, 2, 9, 0));
        paid.PaymentStatus.ShouldBe(DossierPaymentStatus.Refunded);
        paid.WithdrawalRefundVnd.ShouldBe(0);
    }

    [Test]
    public void ReceivedAfterHours_AndReturnedTheSameEvening_TheReceptionInstantIsNotAfterTheReturn_WhileTheClockStartsNextMorning()
    {
        // Friday 6 March 2026, 17:20: after the afternoon session, so the legal clock starts Monday 08:00 (the cause of a
        // "received" date after the return date when that instant was shown as the reception).
        var receivedAt = Vn.At(2026, 3, 6, 17, 20);
        var dossier = Submitted(TimeLimit.WithinDay(new TimeOnly(15, 0)), at: receivedAt.AddMinutes(-30));
        dossier.Receive(Receptionist, receivedAt, DossierBuilder.Calendar, CodeFor(receivedAt));
        dossier.Assign(Leader, receivedAt.AddMinutes(5), DossierBuilder.Calendar, Specialist.UserId);
        dossier.SubmitForApproval(Specialist, receivedAt.AddMinutes(10));
        dossier.Approve(Leader, receivedAt.AddMinutes(15), DossierBuilder.Calendar);
        dossier.ReturnResult(Receptionist, receivedAt.AddMinutes(25), Channel.InPerson, ServiceLevel.Full);

        dossier.ReceivedAt.ShouldBe(Vn.At(2026, 3, 9, 8, 0), "the legal clock");
        dossier.ReceivedAt!.Value.ShouldBeGreaterThan(dossier.ReturnedAt!.Value);
        dossier.ReceptionRecordedAt.ShouldBe(receivedAt);
        dossier.ReceptionRecordedAt!.Value.ShouldBeLessThanOrEqualTo(dossier.ReturnedAt!.Value);
    }

    private static Dossier PaidSubmitted()
    {
        var terms = new PaymentTerms([new Fee("Lệ phí", "Fee", 50_000, null, LegalBasis: "Thông tư kiểm thử")], PaymentDue.BeforeReception, true);
        var dossier = Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), TimeLimit.WorkingDays(5), Form, [], 0.6m,
            DepartmentId, DepartmentId, Applicant, "001208012345", Channel.Online, Drafted, null, terms);
        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, ValidForm);
        dossier.RecordPayment(Guid.CreateVersion7(), dossier.AmountDueVnd, SubmittedAt.AddMinutes(5)).ShouldBeTrue();
        return dossier;
    }
}
