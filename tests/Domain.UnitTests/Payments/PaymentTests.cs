using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Payments;
using HanoiDvc.Domain.Payments.Events;

namespace HanoiDvc.Domain.UnitTests.Payments;

public sealed class PaymentTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static Payment Pending() =>
        Payment.Start(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "vnpay", 60_000, Now, new DateOnly(2026, 3, 2), Now.AddMinutes(15));

    [Test]
    public void APaymentStartsPending_WithAUniqueOrderReference()
    {
        var payment = Pending();

        payment.Status.ShouldBe(PaymentStatus.Pending);
        payment.OrderRef.ShouldMatch("^[0-9a-f]{32}$");
        payment.OrderRef.ShouldNotBe(Pending().OrderRef);
    }

    [TestCase(0)]
    [TestCase(-5)]
    public void APaymentOfNothing_IsRefused(long amount) =>
        Should.Throw<DomainException>(() => Payment.Start(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "vnpay", amount, Now, new DateOnly(2026, 3, 2), Now.AddMinutes(15)))
            .Code.ShouldBe("payment.invalid");

    [Test]
    public void Confirming_PaysIt_Once_AndRaisesPaymentConfirmed()
    {
        var payment = Pending();

        payment.Confirm("14226112", "NCB", "00", Now.AddMinutes(2));

        payment.Status.ShouldBe(PaymentStatus.Paid);
        payment.GatewayTransactionNo.ShouldBe("14226112");
        payment.DomainEvents.OfType<PaymentConfirmed>().Single().AmountVnd.ShouldBe(60_000);
        Should.Throw<DomainException>(() => payment.Confirm("14226113", "NCB", "00", Now.AddMinutes(3))).Code.ShouldBe("payment.not_pending");
        Should.Throw<DomainException>(() => payment.Fail(null, null, "24", Now.AddMinutes(3))).Code.ShouldBe("payment.not_pending");
        payment.DomainEvents.Count.ShouldBe(1);
    }

    [Test]
    public void Failing_EndsIt_AndRaisesPaymentFailed_AndItCannotBeRefunded()
    {
        var payment = Pending();

        payment.Fail("0", "NCB", "24", Now.AddMinutes(2));

        payment.Status.ShouldBe(PaymentStatus.Failed);
        payment.DomainEvents.OfType<PaymentFailed>().Single().ResponseCode.ShouldBe("24");
        Should.Throw<DomainException>(() => payment.RecordRefund("Rút hồ sơ", Now.AddMinutes(3))).Code.ShouldBe("payment.not_paid");
    }

    [Test]
    public void APaidPayment_RecordsARefund_WithAReason_AndRaisesRefundRecorded()
    {
        var payment = Pending();
        payment.Confirm("1", "NCB", "00", Now.AddMinutes(2));

        Should.Throw<DomainException>(() => payment.RecordRefund(" ", Now.AddMinutes(3))).Code.ShouldBe("payment.reason_required");
        payment.RecordRefund("Withdraw: đổi ý", Now.AddMinutes(3));

        payment.Status.ShouldBe(PaymentStatus.Refunded);
        payment.DomainEvents.OfType<RefundRecorded>().Single().AmountVnd.ShouldBe(60_000);
    }

    [Test]
    public void APendingPayment_ExpiresWithItsLink_NotBefore()
    {
        var payment = Pending();

        payment.Expire(Now.AddMinutes(14)).ShouldBeFalse();
        payment.IsExpiredAt(Now.AddMinutes(15)).ShouldBeTrue();
        payment.Expire(Now.AddMinutes(15)).ShouldBeTrue();

        payment.Status.ShouldBe(PaymentStatus.Expired);
        payment.Expire(Now.AddMinutes(30)).ShouldBeFalse("already expired");
    }

    [Test]
    public void AnExpiredPayment_IsStillConfirmedByALateNotification_ThePaidOneNeverExpires()
    {
        var late = Pending();
        var paid = Pending();
        late.Expire(Now.AddMinutes(16));
        paid.Confirm("1", "NCB", "00", Now.AddMinutes(2));

        late.Confirm("14226112", "NCB", "00", Now.AddMinutes(20));

        late.Status.ShouldBe(PaymentStatus.Paid);
        paid.Expire(Now.AddHours(1)).ShouldBeFalse();
        paid.Status.ShouldBe(PaymentStatus.Paid);
    }
}
