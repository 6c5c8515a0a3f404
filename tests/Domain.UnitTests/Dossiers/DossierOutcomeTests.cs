using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>
/// Outcome. The builder's dossier is due Friday 6 March 2026 at 17:00. Reading: early = resolved on a day before the due
/// day; on time = on the due day, not after the due instant; late = after it. Neither an apology (see
/// <see cref="DossierApologyTests"/>) nor a second supplement request makes a dossier late by itself.
/// </summary>
public sealed class DossierOutcomeTests
{
    private static Dossier ApprovedAt(DateTimeOffset at)
    {
        var dossier = AwaitingApproval();
        dossier.Approve(Leader, at, DossierBuilder.Calendar);
        return dossier;
    }

    [Test]
    public void Approve_OnADayBeforeTheDueDay_IsEarly()
    {
        var dossier = ApprovedAt(Vn.At(2026, 3, 5, 16, 0));

        dossier.Outcome.ShouldBe(DossierOutcome.Early);
        dossier.ResolvedAt.ShouldBe(Vn.At(2026, 3, 5, 16, 0));
        dossier.DomainEvents.OfType<DossierApproved>().Single().Outcome.ShouldBe(DossierOutcome.Early);
    }

    [TestCase(8, 0)]
    [TestCase(16, 59)]
    [TestCase(17, 0)]
    public void Approve_OnTheDueDayNotAfterTheDueInstant_IsOnTime(int hour, int minute) =>
        ApprovedAt(Vn.At(2026, 3, 6, hour, minute)).Outcome.ShouldBe(DossierOutcome.OnTime);

    [TestCase(2026, 3, 6, 17, 1)]
    [TestCase(2026, 3, 9, 8, 0)]
    public void Approve_AfterTheDueInstant_IsLate(int year, int month, int day, int hour, int minute) =>
        ApprovedAt(Vn.At(year, month, day, hour, minute)).Outcome.ShouldBe(DossierOutcome.Late);

    [Test]
    public void Outcome_WhenDueMidMorning_OnTheDueDayBeforeItIsOnTime_AndAfterItIsLate()
    {
        var dossier = Received(at: Vn.At(2026, 3, 2, 10, 0));
        dossier.DueAt.ShouldBe(Vn.At(2026, 3, 9, 10, 0));

        dossier.OutcomeAt(Vn.At(2026, 3, 6, 16, 0), VietnamZone).ShouldBe(DossierOutcome.Early);
        dossier.OutcomeAt(Vn.At(2026, 3, 9, 9, 30), VietnamZone).ShouldBe(DossierOutcome.OnTime);
        dossier.OutcomeAt(Vn.At(2026, 3, 9, 10, 30), VietnamZone).ShouldBe(DossierOutcome.Late);
    }

    [Test]
    public void Refuse_CountsAsResolved_WithItsOutcome()
    {
        var dossier = InProcessing();

        dossier.Refuse(Leader, Vn.At(2026, 3, 3, 9, 0), DossierBuilder.Calendar, "Văn bằng không có trong sổ gốc");

        (dossier.Status, dossier.ResolvedAt, dossier.Outcome).ShouldBe((DossierStatus.Refused, Vn.At(2026, 3, 3, 9, 0), DossierOutcome.Early));
    }

    [Test]
    public void Approve_AfterASecondSupplementRequest_IsNotLateByItself_NoProvisionMakesItSo()
    {
        // Nghị định 61/2018/NĐ-CP and Thông tư 01/2018/TT-VPCP ask for one request listing everything; neither makes a second one late.
        var dossier = Submitted();
        dossier.RequestSupplement(Receptionist, Vn.At(2026, 3, 2, 7, 45), ["Bản sao CCCD"]);
        dossier.ProvideSupplement(Applicant, Vn.At(2026, 3, 2, 7, 50), DossierBuilder.Calendar);
        dossier.Receive(Receptionist, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt));
        dossier.RequestSupplement(Specialist, Vn.At(2026, 3, 2, 9, 0), ["Bản sao học bạ"]);
        dossier.ProvideSupplement(Applicant, Vn.At(2026, 3, 2, 10, 0), DossierBuilder.Calendar);
        dossier.Assign(Leader, Vn.At(2026, 3, 2, 10, 30), DossierBuilder.Calendar, Specialist.UserId);
        dossier.SubmitForApproval(Specialist, Vn.At(2026, 3, 2, 14, 0));

        dossier.Approve(Leader, Vn.At(2026, 3, 2, 15, 0), DossierBuilder.Calendar);

        dossier.SupplementRequests.ShouldBe(2);
        dossier.Outcome.ShouldBe(DossierOutcome.Early);
    }

    [Test]
    public void OutcomeAt_BeforeReception_IsNotDefined() =>
        Should.Throw<InvalidOperationException>(() => Submitted().OutcomeAt(SubmittedAt, VietnamZone));

    private static TimeZoneInfo VietnamZone => DossierBuilder.Calendar.TimeZone;
}
