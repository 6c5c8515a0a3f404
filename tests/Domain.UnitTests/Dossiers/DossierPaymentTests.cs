using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class DossierPaymentTests
{
    private static readonly Fee FixedFee = new("Lệ phí", "Fee", 50_000, null);

    private static Dossier Submitted(PaymentDue due = PaymentDue.BeforeReception, bool online = true, Channel channel = Channel.Online, params Fee[] fees)
    {
        var dossier = Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), TimeLimit.WorkingDays(5), Form, [], 0.6m,
            DepartmentId, DepartmentId, Applicant, "001208012345", channel, Drafted,
            enteredBy: channel == Channel.Online ? null : Receptionist,
            paymentTerms: new PaymentTerms(fees.Length == 0 ? [FixedFee] : fees, due, online));
        dossier.Submit(channel == Channel.Online ? Applicant : Receptionist, SubmittedAt, TrackingNumber, ValidForm);
        return dossier;
    }

    [Test]
    public void Submission_FixesTheAmount_AndAnOnlineDossierWhoseProcedureTakesOnlinePayment_OwesItOnline()
    {
        var dossier = Submitted(fees: [FixedFee, new Fee("Phí", "Fee", 1_000, null)]);

        dossier.AmountDueVnd.ShouldBe(51_000);
        dossier.PaymentStatus.ShouldBe(DossierPaymentStatus.Due);
        dossier.EnsurePayableOnline(Applicant).ShouldBe(51_000);
    }

    [Test]
    public void ADossierWhoseProcedureTakesNoOnlinePayment_OwesNothingOnline_AndRefusesOnlinePayment()
    {
        var dossier = Submitted(online: false);

        dossier.AmountDueVnd.ShouldBe(50_000);
        dossier.PaymentStatus.ShouldBe(DossierPaymentStatus.NotDue);
        Should.Throw<DomainException>(() => dossier.EnsurePayableOnline(Applicant)).Code.ShouldBe("payment.not_offered");
        Should.NotThrow(() => dossier.Receive(Receptionist, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt)));
    }

    [Test]
    public void ACounterSubmission_OfAProcedureTakingOnlinePayment_IsPaidAtTheCounter_NotGated() =>
        Submitted(channel: Channel.InPerson).PaymentStatus.ShouldBe(DossierPaymentStatus.NotDue);

    [Test]
    public void FeesDueBeforeReception_BlockReception_UntilPaid()
    {
        var dossier = Submitted();

        Should.Throw<DomainException>(() => dossier.Receive(Receptionist, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt))).Code.ShouldBe("dossier.payment_required");
        dossier.Status.ShouldBe(DossierStatus.Submitted);
        dossier.RecordPayment(Guid.CreateVersion7(), 50_000, ReceivedAt).ShouldBeTrue();
        dossier.Receive(Receptionist, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt));

        dossier.Status.ShouldBe(DossierStatus.Received);
        dossier.PaymentStatus.ShouldBe(DossierPaymentStatus.Paid);
        Should.Throw<DomainException>(() => dossier.EnsurePayableOnline(Applicant)).Code.ShouldBe("payment.not_due");
    }

    [Test]
    public void FeesDueBeforeTheResult_LetReceptionThrough_ButBlockTheReturnOfTheResult()
    {
        var dossier = Submitted(PaymentDue.BeforeResult);
        dossier.Receive(Receptionist, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt));
        dossier.Assign(Leader, AssignedAt, DossierBuilder.Calendar, Specialist.UserId);
        dossier.SubmitForApproval(Specialist, SubmittedForApprovalAt);
        dossier.Approve(Leader, ResolvedAt, DossierBuilder.Calendar);

        Should.Throw<DomainException>(() => dossier.ReturnResult(Receptionist, ResolvedAt.AddHours(1), Channel.InPerson, ServiceLevel.Full)).Code.ShouldBe("dossier.payment_required");
        dossier.RecordPayment(Guid.CreateVersion7(), 50_000, ResolvedAt.AddHours(2)).ShouldBeTrue();
        dossier.ReturnResult(Receptionist, ResolvedAt.AddHours(3), Channel.InPerson, ServiceLevel.Full);
        dossier.Status.ShouldBe(DossierStatus.ResultReturned);
    }

    [Test]
    public void APaymentOfAnotherAmount_OrAfterTheDossierClosed_OrASecondOne_IsNotTaken()
    {
        var dossier = Submitted();
        dossier.RecordPayment(Guid.CreateVersion7(), 49_999, ReceivedAt).ShouldBeFalse();
        dossier.RecordPayment(Guid.CreateVersion7(), 50_000, ReceivedAt).ShouldBeTrue();
        dossier.RecordPayment(Guid.CreateVersion7(), 50_000, ReceivedAt).ShouldBeFalse();

        var withdrawn = Submitted();
        withdrawn.Withdraw(Applicant, ReceivedAt);
        withdrawn.RecordPayment(Guid.CreateVersion7(), 50_000, ReceivedAt.AddMinutes(1)).ShouldBeFalse();
        withdrawn.PaymentStatus.ShouldBe(DossierPaymentStatus.NotDue, "a dossier closed unpaid owes nothing");
    }

    [Test]
    public void APaidDossier_ClosedWithoutAResult_RecordsTheRefund()
    {
        var paymentId = Guid.CreateVersion7();
        var dossier = Submitted();
        dossier.RecordPayment(paymentId, 50_000, ReceivedAt);

        dossier.RejectAtReception(Receptionist, ReceivedAt.AddMinutes(5), "Không thuộc thẩm quyền");

        dossier.PaymentStatus.ShouldBe(DossierPaymentStatus.Refunded);
        dossier.PaymentId.ShouldBe(paymentId);
        dossier.RefundedAt.ShouldBe(ReceivedAt.AddMinutes(5));
        dossier.RefundReason!.ShouldContain("Không thuộc thẩm quyền");
    }

    [Test]
    public void APaidDossier_ClosedWithoutAResult_TellsItsPaymentToRecordTheRefund_Once_AndAnUnpaidOneTellsNothing()
    {
        var paymentId = Guid.CreateVersion7();
        var paid = Submitted();
        paid.RecordPayment(paymentId, 50_000, ReceivedAt);
        var unpaid = Submitted();

        paid.RejectAtReception(Receptionist, ReceivedAt.AddMinutes(5), "Không thuộc thẩm quyền");
        unpaid.Withdraw(Applicant, ReceivedAt.AddMinutes(5));

        paid.DomainEvents.OfType<DossierFeesRefunded>().ShouldHaveSingleItem()
            .ShouldBe(new DossierFeesRefunded(paid.Id, paymentId, "RejectAtReception: Không thuộc thẩm quyền", ReceivedAt.AddMinutes(5).ToUniversalTime()));
        unpaid.DomainEvents.OfType<DossierFeesRefunded>().ShouldBeEmpty();
        unpaid.PaymentStatus.ShouldBe(DossierPaymentStatus.NotDue);
    }
}
