using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class DossierRatingTests
{
    private static readonly DateTimeOffset Now = Vn.At(2026, 3, 4, 9, 15);

    [TestCase(DossierStatus.ResultReturned)]
    [TestCase(DossierStatus.NotReceived)]
    [TestCase(DossierStatus.Stopped)]
    public void TheApplicant_RatesAFinishedDossier_AndTheRatingIsKeptWithItsTime(DossierStatus status)
    {
        var dossier = InState(status);
        dossier.ClearDomainEvents();

        dossier.Rate(Applicant, Now, Satisfaction.Unsatisfied, "  Phải chờ lâu ở quầy  ");

        (dossier.Satisfaction, dossier.SatisfactionComment, dossier.RatedAt).ShouldBe((Satisfaction.Unsatisfied, "Phải chờ lâu ở quầy", Now.ToUniversalTime()));
        var rated = dossier.DomainEvents.OfType<DossierRated>().Single();
        (rated.DossierId, rated.DecidingAgencyId, rated.Level).ShouldBe((dossier.Id, DepartmentId, Satisfaction.Unsatisfied));
    }

    [TestCase(DossierStatus.Submitted)]
    [TestCase(DossierStatus.InProcessing)]
    [TestCase(DossierStatus.Resolved)]
    [TestCase(DossierStatus.Refused)]
    [TestCase(DossierStatus.Withdrawn)]
    public void ADossierTheAgencyIsNotDoneWith_CannotBeRated(DossierStatus status) =>
        Should.Throw<DomainException>(() => InState(status).Rate(Applicant, Now, Satisfaction.Satisfied, null)).Code.ShouldBe("dossier.invalid_transition");

    [Test]
    public void AnotherCitizen_OrTheDesk_MayNotRate()
    {
        var dossier = InState(DossierStatus.ResultReturned);

        Should.Throw<DomainException>(() => dossier.Rate(OtherApplicant, Now, Satisfaction.Satisfied, null)).Code.ShouldBe("dossier.not_allowed");
        Should.Throw<DomainException>(() => dossier.Rate(Receptionist, Now, Satisfaction.Satisfied, null)).Code.ShouldBe("dossier.not_allowed");
        dossier.Satisfaction.ShouldBeNull();
    }

    [Test]
    public void ASecondRating_IsRefused_AndTheFirstStays()
    {
        var dossier = InState(DossierStatus.ResultReturned);
        dossier.Rate(Applicant, Now, Satisfaction.VerySatisfied, null);

        Should.Throw<DomainException>(() => dossier.Rate(Applicant, Now.AddHours(1), Satisfaction.Unsatisfied, "Đổi ý")).Code.ShouldBe("dossier.already_rated");

        (dossier.Satisfaction, dossier.SatisfactionComment, dossier.RatedAt).ShouldBe((Satisfaction.VerySatisfied, null, Now.ToUniversalTime()));
    }

    [Test]
    public void AnUnknownLevel_OrAnOverlongComment_IsRefused()
    {
        var dossier = InState(DossierStatus.ResultReturned);

        Should.Throw<DomainException>(() => dossier.Rate(Applicant, Now, (Satisfaction)7, null)).Code.ShouldBe("dossier.invalid_rating");
        Should.Throw<DomainException>(() => dossier.Rate(Applicant, Now, Satisfaction.Satisfied, new string('a', Dossier.SatisfactionCommentMaxLength + 1)))
            .Code.ShouldBe("dossier.invalid_rating");
        dossier.Satisfaction.ShouldBeNull();
    }
}
