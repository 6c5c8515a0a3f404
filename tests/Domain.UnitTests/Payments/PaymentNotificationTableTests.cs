using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Payments;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Dossiers;

namespace HanoiDvc.Domain.UnitTests.Payments;

/// <summary>
/// Every cell of a gateway notification's decision table (decision 0013): the amount it names × what the gateway says × the
/// payment's state → the verdict and the state after. Only the gateway's server-to-server notification moves money state.
/// </summary>
public sealed class PaymentNotificationTableTests
{
    private const long Amount = 500_000;
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public static IEnumerable<TestCaseData> Table()
    {
        var rows = new (PaymentStatus Before, bool SameAmount, bool Succeeded, GatewayVerdict Verdict, PaymentStatus After)[]
        {
            (PaymentStatus.Pending, true, true, GatewayVerdict.Paid, PaymentStatus.Paid),
            (PaymentStatus.Pending, true, false, GatewayVerdict.Failed, PaymentStatus.Failed),
            (PaymentStatus.Pending, false, true, GatewayVerdict.AmountMismatch, PaymentStatus.Pending),
            (PaymentStatus.Pending, false, false, GatewayVerdict.AmountMismatch, PaymentStatus.Pending),
            // Late after the link expired: the gateway's word still counts (the money may have been taken).
            (PaymentStatus.Expired, true, true, GatewayVerdict.Paid, PaymentStatus.Paid),
            (PaymentStatus.Expired, true, false, GatewayVerdict.Failed, PaymentStatus.Failed),
            (PaymentStatus.Expired, false, true, GatewayVerdict.AmountMismatch, PaymentStatus.Expired),
            (PaymentStatus.Expired, false, false, GatewayVerdict.AmountMismatch, PaymentStatus.Expired),
            // Duplicates and replays change nothing.
            (PaymentStatus.Paid, true, true, GatewayVerdict.AlreadySettled, PaymentStatus.Paid),
            (PaymentStatus.Paid, true, false, GatewayVerdict.AlreadySettled, PaymentStatus.Paid),
            (PaymentStatus.Paid, false, true, GatewayVerdict.AmountMismatch, PaymentStatus.Paid),
            (PaymentStatus.Paid, false, false, GatewayVerdict.AmountMismatch, PaymentStatus.Paid),
            (PaymentStatus.Failed, true, true, GatewayVerdict.AlreadySettled, PaymentStatus.Failed),
            (PaymentStatus.Failed, true, false, GatewayVerdict.AlreadySettled, PaymentStatus.Failed),
            (PaymentStatus.Failed, false, true, GatewayVerdict.AmountMismatch, PaymentStatus.Failed),
            (PaymentStatus.Failed, false, false, GatewayVerdict.AmountMismatch, PaymentStatus.Failed),
            (PaymentStatus.Refunded, true, true, GatewayVerdict.AlreadySettled, PaymentStatus.Refunded),
            (PaymentStatus.Refunded, true, false, GatewayVerdict.AlreadySettled, PaymentStatus.Refunded),
            (PaymentStatus.Refunded, false, true, GatewayVerdict.AmountMismatch, PaymentStatus.Refunded),
            (PaymentStatus.Refunded, false, false, GatewayVerdict.AmountMismatch, PaymentStatus.Refunded),
        };
        return rows.Select(r => new TestCaseData(r.Before, r.SameAmount, r.Succeeded, r.Verdict, r.After)
            .SetName($"{r.Before} + {(r.Succeeded ? "success" : "failure")} {(r.SameAmount ? "of its amount" : "of another amount")} → {r.Verdict}, {r.After}"));
    }

    [TestCaseSource(nameof(Table))]
    public void ANotification(PaymentStatus before, bool sameAmount, bool succeeded, GatewayVerdict verdict, PaymentStatus after)
    {
        var payment = In(before);
        var completedBefore = payment.CompletedAt;

        var answer = payment.ReceiveNotification(new GatewayNotice(succeeded, sameAmount ? Amount : Amount + 1, "14226112", "NCB", succeeded ? "00" : "24"), Now.AddMinutes(30));

        answer.ShouldBe(verdict);
        payment.Status.ShouldBe(after);
        if (verdict is GatewayVerdict.AmountMismatch or GatewayVerdict.AlreadySettled)
        {
            payment.CompletedAt.ShouldBe(completedBefore, "a notification that changes nothing records nothing");
        }
        else
        {
            payment.CompletedAt.ShouldBe(Now.AddMinutes(30));
            payment.GatewayResponseCode.ShouldBe(succeeded ? "00" : "24");
        }
    }

    [Test]
    public void ANotificationNamingNoAmount_IsAnAmountMismatch() =>
        In(PaymentStatus.Pending).ReceiveNotification(new GatewayNotice(true, null, null, null, "00"), Now).ShouldBe(GatewayVerdict.AmountMismatch);

    [Test]
    public void AConfirmedPayment_SettlesTheDossiersFees_OrIsRefundedAtOnceWhenTheyAreNoLongerOwed()
    {
        var owing = DossierPaymentTestsAccess.OwingDossier(Amount);
        var closed = DossierPaymentTestsAccess.OwingDossier(Amount);
        closed.Withdraw(DossierBuilder.Applicant, Now);
        var paying = Payment.Start(owing.Id, Guid.CreateVersion7(), DossierBuilder.Applicant.UserId, "vnpay", Amount, Now, new DateOnly(2026, 3, 2), Now.AddMinutes(15));
        var late = Payment.Start(closed.Id, Guid.CreateVersion7(), DossierBuilder.Applicant.UserId, "vnpay", Amount, Now, new DateOnly(2026, 3, 2), Now.AddMinutes(15));

        paying.ReceiveNotification(new GatewayNotice(true, Amount, "1", "NCB", "00"), Now.AddMinutes(2)).ShouldBe(GatewayVerdict.Paid);
        paying.SettleFeesOf(owing, Now.AddMinutes(2));
        late.ReceiveNotification(new GatewayNotice(true, Amount, "2", "NCB", "00"), Now.AddMinutes(2)).ShouldBe(GatewayVerdict.Paid);
        late.SettleFeesOf(closed, Now.AddMinutes(2));

        (paying.Status, owing.PaymentStatus, owing.PaymentId).ShouldBe((PaymentStatus.Paid, DossierPaymentStatus.Paid, (Guid?)paying.Id));
        late.Status.ShouldBe(PaymentStatus.Refunded, "the money was taken but is not owed: it is given back");
        late.RefundReason!.ShouldContain("Withdrawn");
        Should.Throw<ArgumentException>(() => paying.SettleFeesOf(closed, Now));
    }

    private static Payment In(PaymentStatus status)
    {
        var payment = Payment.Start(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "vnpay", Amount, Now, new DateOnly(2026, 3, 2), Now.AddMinutes(15));
        switch (status)
        {
            case PaymentStatus.Expired:
                payment.Expire(Now.AddMinutes(20)).ShouldBeTrue();
                break;
            case PaymentStatus.Paid:
                payment.Confirm("1", "NCB", "00", Now.AddMinutes(1));
                break;
            case PaymentStatus.Failed:
                payment.Fail("1", "NCB", "24", Now.AddMinutes(1));
                break;
            case PaymentStatus.Refunded:
                payment.Confirm("1", "NCB", "00", Now.AddMinutes(1));
                payment.RecordRefund("Withdraw", Now.AddMinutes(2));
                break;
        }

        payment.Status.ShouldBe(status);
        return payment;
    }
}

/// <summary>An online dossier of a procedure that takes online payment, submitted and owing <c>amount</c> đồng.</summary>
internal static class DossierPaymentTestsAccess
{
    public static Dossier OwingDossier(long amount)
    {
        var dossier = Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), TimeLimit.WorkingDays(5), DossierBuilder.Form, [], 0.6m,
            DossierBuilder.DepartmentId, DossierBuilder.DepartmentId, DossierBuilder.Applicant, "001208012345", Channel.Online, DossierBuilder.Drafted,
            paymentTerms: new PaymentTerms([new Fee("Lệ phí", "Fee", amount, null)], PaymentDue.BeforeReception, true));
        dossier.Submit(DossierBuilder.Applicant, DossierBuilder.SubmittedAt, DossierBuilder.TrackingNumber, DossierBuilder.ValidForm);
        return dossier;
    }
}
