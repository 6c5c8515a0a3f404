using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>
/// A result waiting at the desk that the applicant does not collect (Nghị định 61/2018/NĐ-CP, Điều 19, as amended by Nghị
/// định 107/2021/NĐ-CP: results are returned at the one-stop desk on the appointment; no period for uncollected results was
/// found, so the waiting period is a setting passed in).
/// </summary>
public sealed class DossierUncollectedResultTests
{
    private static readonly TimeSpan Waiting = TimeSpan.FromDays(30); // a setting in the product, not a legal number
    private static readonly DateTimeOffset Appointment = DueAt; // the appointment of the built dossiers (no apology)

    private static Dossier Resolved()
    {
        var dossier = InState(DossierStatus.Resolved);
        dossier.ClearDomainEvents();
        return dossier;
    }

    [Test]
    public void AResolvedResult_WaitsForCollectionSinceItsResolution_CollectableFromTheAppointment_ND61_2018_Dieu19()
    {
        var dossier = Resolved();

        dossier.AwaitingCollectionSince.ShouldBe(ResolvedAt.ToUniversalTime());
        dossier.CollectableFrom.ShouldBe(Appointment.ToUniversalTime());
        InState(DossierStatus.ResultReturned).AwaitingCollectionSince.ShouldBeNull();
        InState(DossierStatus.InProcessing).AwaitingCollectionSince.ShouldBeNull();
    }

    [Test]
    public void TheDeskMayRecordNotCollected_OnlyAfterTheWaitingPeriodFromTheAppointment_ASetting_ND61_2018_Dieu19()
    {
        var dossier = Resolved();
        var steps = dossier.Steps.Count;

        Should.Throw<DomainException>(() => dossier.RecordUncollectedResult(Receptionist, Appointment + Waiting - TimeSpan.FromMinutes(1), ServiceLevel.Partial, Waiting))
            .Code.ShouldBe("dossier.uncollected_too_early");
        dossier.Steps.Count.ShouldBe(steps);

        dossier.RecordUncollectedResult(Receptionist, Appointment + Waiting, ServiceLevel.Partial, Waiting, "Đã gọi điện hai lần", CommentAudience.Internal);

        dossier.UncollectedRecordedAt.ShouldBe((Appointment + Waiting).ToUniversalTime());
        dossier.Steps[^1].ShouldSatisfyAllConditions(
            s => s.Action.ShouldBe(DossierAction.RecordUncollectedResult),
            s => s.FromStatus.ShouldBe(DossierStatus.Resolved),
            s => s.ToStatus.ShouldBe(DossierStatus.Resolved),
            s => s.CommentAudience.ShouldBe(CommentAudience.Internal));
        dossier.DomainEvents.Single().ShouldBeOfType<UncollectedResultRecorded>();
    }

    [Test]
    public void OnlyAReceptionistOfTheReceivingAgency_Records_TheDeskReturnsResults_ND61_2018_Dieu19()
    {
        var dossier = Resolved();
        var otherDesk = Official("Quầy khác", DossierRoles.Receptionist, OtherAgencyId);

        Should.Throw<DomainException>(() => dossier.RecordUncollectedResult(otherDesk, Appointment + Waiting, ServiceLevel.Partial, Waiting)).Code.ShouldBe("dossier.not_allowed");
        Should.Throw<DomainException>(() => dossier.RecordUncollectedResult(Leader, Appointment + Waiting, ServiceLevel.Partial, Waiting)).Code.ShouldBe("dossier.not_allowed");
    }

    [Test]
    public void RecordingNotCollected_KeepsTheStatusOutcomeAndPortalStatus_AndTheResultCanStillBeReturned()
    {
        var dossier = Resolved();
        var outcome = dossier.Outcome;

        dossier.RecordUncollectedResult(Receptionist, Appointment + Waiting, ServiceLevel.Partial, Waiting);

        dossier.Status.ShouldBe(DossierStatus.Resolved);
        dossier.Outcome.ShouldBe(outcome, "the outcome is fixed at resolution: an uncollected result is not late for the agency");
        NationalPortalStatus.Of(dossier.Status).ShouldBe(NationalPortalStatus.Resolved);
        Should.Throw<DomainException>(() => dossier.RecordUncollectedResult(Receptionist, Appointment + Waiting * 2, ServiceLevel.Partial, Waiting))
            .Code.ShouldBe("dossier.uncollected_already_recorded");

        dossier.ReturnResult(Receptionist, Appointment + Waiting * 2, Channel.InPerson, ServiceLevel.Partial);

        dossier.Status.ShouldBe(DossierStatus.ResultReturned);
        dossier.Outcome.ShouldBe(outcome);
    }

    [Test]
    public void ARefusal_WaitingAtTheDesk_CanBeRecordedNotCollectedToo()
    {
        var dossier = InState(DossierStatus.Refused);

        dossier.RecordUncollectedResult(Receptionist, Appointment + Waiting, ServiceLevel.Partial, Waiting);

        dossier.Status.ShouldBe(DossierStatus.Refused);
    }

    [Test]
    public void ALevel4ResultOfAnOnlineDossier_IsDeliveredOnline_NotCollectedAtTheDesk()
    {
        var dossier = Resolved();

        dossier.SubmissionChannel.ShouldBe(Channel.Online);
        dossier.ResultCollectedAtDesk(ServiceLevel.Full).ShouldBeFalse();
        dossier.ResultCollectedAtDesk(ServiceLevel.Partial).ShouldBeTrue();
        Should.Throw<DomainException>(() => dossier.RecordUncollectedResult(Receptionist, Appointment + Waiting, ServiceLevel.Full, Waiting))
            .Code.ShouldBe("dossier.result_not_at_desk");
    }
}
