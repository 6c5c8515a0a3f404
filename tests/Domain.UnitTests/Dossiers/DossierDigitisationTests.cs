using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class DossierDigitisationTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private const string Request = CounterPaper;
    private const string IdCard = CounterIdCard;
    private static readonly DateTimeOffset Now = Vn.At(2026, 3, 2, 9, 0);
    private static readonly ScannedFile Scan = new("don.pdf", "application/pdf", 2048, Hash);

    private static DigitisedPaper Paper(string name = Request) => new(name, "UBND phường Láng", "12/UBND", new DateOnly(2026, 2, 20), null);

    [Test]
    public void AnOnlineDossier_CountsAsDigitised_AtSubmission() =>
        Submitted().DocumentsDigitisedAt.ShouldBe(SubmittedAt);

    [Test]
    public void ACounterDossier_IsNotDigitised_UntilItsLastPaperHasACopy()
    {
        var dossier = AtTheCounter();
        dossier.DocumentsDigitisedAt.ShouldBeNull();

        dossier.DigitisePaper(Receptionist, Now, Paper(Request), Scan);
        (dossier.DocumentsDigitisedAt, dossier.PapersLeftToDigitise.Single()).ShouldBe((null, IdCard));

        dossier.DigitisePaper(Receptionist, Now.AddMinutes(5), Paper(IdCard), Scan);
        dossier.DocumentsDigitisedAt.ShouldBe(Now.AddMinutes(5));
        dossier.PapersLeftToDigitise.ShouldBeEmpty();
    }

    [Test]
    public void DigitisingAPaper_RaisesTheEvent_WithTheApplicantTheMetadataAndTheHash()
    {
        var dossier = AtTheCounter();
        var copy = dossier.DigitisePaper(Receptionist, Now, Paper(), Scan);

        var raised = dossier.DomainEvents.OfType<DossierPaperDigitised>().Single();
        (raised.CopyId, raised.ApplicantId, raised.Sha256, raised.AgencyId, raised.Kind, raised.Paper.Number)
            .ShouldBe((copy.Id, Applicant.UserId, Hash, DepartmentId, DigitisedCopyKind.ReceivedPaper, "12/UBND"));
    }

    [Test]
    public void ASpecialist_MayNotDigitise() =>
        Should.Throw<DomainException>(() => AtTheCounter().DigitisePaper(Specialist, Now, Paper(), Scan)).Code.ShouldBe("dossier.not_allowed");

    [Test]
    public void TheDeskOfAnotherAgency_MayNotDigitise() =>
        Should.Throw<DomainException>(() => AtTheCounter().DigitisePaper(Official("Khác", DossierRoles.Receptionist, OtherAgencyId), Now, Paper(), Scan))
            .Code.ShouldBe("dossier.not_allowed");

    [Test]
    public void ADossierNotYetReceived_IsNotDigitised()
    {
        var dossier = Draft(channel: Channel.InPerson);
        dossier.Submit(Receptionist, SubmittedAt, TrackingNumber, ValidForm);
        Should.Throw<DomainException>(() => dossier.DigitisePaper(Receptionist, Now, Paper(), Scan)).Code.ShouldBe("dossier.invalid_transition");
    }

    [Test]
    public void AClosedDossier_IsNotDigitised()
    {
        var dossier = AtTheCounter();
        dossier.StopProcessing(Leader, Now, "Người nộp đề nghị dừng");
        Should.Throw<DomainException>(() => dossier.DigitisePaper(Receptionist, Now, Paper(), Scan)).Code.ShouldBe("dossier.invalid_transition");
    }

    [Test]
    public void AnOnlineDossier_HasNothingToDigitise() =>
        Should.Throw<DomainException>(() => Received().DigitisePaper(Receptionist, Now, Paper(), Scan)).Code.ShouldBe("dossier.nothing_to_digitise");

    [Test]
    public void APaperDigitisedTwice_IsRefused()
    {
        var dossier = AtTheCounter();
        dossier.DigitisePaper(Receptionist, Now, Paper(), Scan);
        Should.Throw<DomainException>(() => dossier.DigitisePaper(Receptionist, Now, Paper(), Scan)).Code.ShouldBe("dossier.paper_already_digitised");
    }

    [Test]
    public void APaperThatWasNotReceived_IsRefused() =>
        Should.Throw<DomainException>(() => AtTheCounter().DigitisePaper(Receptionist, Now, Paper("Giấy khai sinh"), Scan)).Code.ShouldBe("dossier.invalid_digitised_copy");

    [Test]
    public void APaperExpiringBeforeItIsIssued_IsRefused() =>
        Should.Throw<DomainException>(() => AtTheCounter().DigitisePaper(Receptionist, Now, Paper() with { ValidUntil = new DateOnly(2026, 1, 1) }, Scan))
            .Code.ShouldBe("dossier.invalid_digitised_copy");

    [Test]
    public void AScanWithABadHash_IsRefused() =>
        Should.Throw<DomainException>(() => AtTheCounter().DigitisePaper(Receptionist, Now, Paper(), Scan with { Sha256 = "ABC" }))
            .Code.ShouldBe("dossier.invalid_digitised_copy");

    [Test]
    public void TheOperations_ListDigitisePaper_ForTheDesk_UntilEveryPaperHasACopy()
    {
        var dossier = AtTheCounter();
        var facts = new DossierFacts(Now, DossierBuilder.Calendar, ServiceLevel.Partial);
        dossier.AllowedOperations(Receptionist, facts).ShouldContain(DossierOperation.DigitisePaper);
        dossier.AllowedOperations(Specialist, facts).ShouldNotContain(DossierOperation.DigitisePaper);

        dossier.DigitisePaper(Receptionist, Now, Paper(Request), Scan);
        dossier.DigitisePaper(Receptionist, Now, Paper(IdCard), Scan);
        dossier.AllowedOperations(Receptionist, facts).ShouldNotContain(DossierOperation.DigitisePaper);
    }

    [Test]
    public void AnElectronicResult_CountsAsDigitised_WhenIssued()
    {
        var dossier = AwaitingApproval();
        dossier.IssueResult(Leader, Now, ServiceLevel.Full, new ResultFile(ResultOrigin.Uploaded, "Bản sao", "kq.pdf", "application/pdf", 10, Hash, ResultVerificationCode.New()), "Sở");
        dossier.ResultDigitisedAt.ShouldBe(Now);
        Should.Throw<DomainException>(() => Approved(dossier).DigitiseResult(Receptionist, Now, Paper("Bản sao văn bằng"), Scan)).Code.ShouldBe("dossier.result_electronic");
    }

    [Test]
    public void APaperResult_CountsAsDigitised_WhenTheDeskRecordsItsCopy_Once()
    {
        var dossier = InState(DossierStatus.Resolved);
        dossier.ResultDigitisedAt.ShouldBeNull();

        var copy = dossier.DigitiseResult(Receptionist, Now.AddDays(1), Paper("Bản sao văn bằng"), Scan);

        (copy.Kind, dossier.ResultDigitisedAt).ShouldBe((DigitisedCopyKind.Result, Now.AddDays(1)));
        Should.Throw<DomainException>(() => dossier.DigitiseResult(Receptionist, Now, Paper("Bản sao văn bằng"), Scan)).Code.ShouldBe("dossier.result_already_digitised");
    }

    [Test]
    public void AResult_IsNotDigitised_BeforeItIsIssued() =>
        Should.Throw<DomainException>(() => AwaitingApproval().DigitiseResult(Receptionist, Now, Paper("Bản sao văn bằng"), Scan)).Code.ShouldBe("dossier.invalid_transition");

    [Test]
    public void AResultAlreadyReturned_IsNotDigitised() =>
        Should.Throw<DomainException>(() => InState(DossierStatus.ResultReturned).DigitiseResult(Receptionist, Now, Paper("Bản sao văn bằng"), Scan)).Code.ShouldBe("dossier.invalid_transition");

    [Test]
    public void ALeader_MayNotDigitiseTheResult() =>
        Should.Throw<DomainException>(() => InState(DossierStatus.Resolved).DigitiseResult(Leader, Now, Paper("Bản sao văn bằng"), Scan)).Code.ShouldBe("dossier.not_allowed");

    private static Dossier Approved(Dossier dossier)
    {
        dossier.Approve(Leader, ResolvedAt, DossierBuilder.Calendar);
        return dossier;
    }
}
