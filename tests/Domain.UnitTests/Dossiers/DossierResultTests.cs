using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class DossierResultTests
{
    private static readonly DateTimeOffset Now = Vn.At(2026, 3, 3, 10, 30);
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static ResultFile File(string? code = null) =>
        new(ResultOrigin.Uploaded, "Quyết định cấp bản sao", "quyet-dinh.pdf", "application/pdf", 1200, Hash, code ?? ResultVerificationCode.New());

    [Test]
    public void TheLeader_IssuesTheResult_OfALevel4Dossier_AwaitingApproval_AndItStaysUnreleased()
    {
        var dossier = AwaitingApproval();
        dossier.ClearDomainEvents();

        var result = dossier.IssueResult(Leader, Now, ServiceLevel.Full, File("7KQ4MZ9TH2XW"), "Sở Giáo dục và Đào tạo Hà Nội");

        dossier.Result.ShouldBeSameAs(result);
        (result.VerificationCode, result.Sha256, result.SignerName, result.IssuerAgencyId, result.IsReleased)
            .ShouldBe(("7KQ4MZ9TH2XW", Hash, Leader.Name, DepartmentId, false));
        dossier.DomainEvents.OfType<ResultIssued>().Single().Sha256.ShouldBe(Hash);
    }

    [Test]
    public void AVersionNotDeliveringResultsOnline_RefusesAnElectronicResult() =>
        Should.Throw<DomainException>(() => AwaitingApproval().IssueResult(Leader, Now, ServiceLevel.Partial, File(), "Sở", onlineResult: false))
            .Code.ShouldBe("dossier.online_result_not_offered");

    [Test]
    public void ASpecialist_MayNotIssueTheResult() =>
        Should.Throw<DomainException>(() => AwaitingApproval().IssueResult(Specialist, Now, ServiceLevel.Full, File(), "Sở"))
            .Code.ShouldBe("dossier.not_allowed");

    [Test]
    public void AResult_IsNotIssuedBeforeTheDossierAwaitsApproval() =>
        Should.Throw<DomainException>(() => InProcessing().IssueResult(Leader, Now, ServiceLevel.Full, File(), "Sở"))
            .Code.ShouldBe("dossier.invalid_transition");

    [TestCase("image/png")]
    [TestCase("application/octet-stream")]
    public void AResultThatIsNotAPdf_IsRefused(string mediaType) =>
        Should.Throw<DomainException>(() => AwaitingApproval().IssueResult(Leader, Now, ServiceLevel.Full, File() with { MediaType = mediaType }, "Sở"))
            .Code.ShouldBe("dossier.invalid_result");

    [Test]
    public void AMalformedVerificationCode_IsRefused() =>
        Should.Throw<DomainException>(() => AwaitingApproval().IssueResult(Leader, Now, ServiceLevel.Full, File("7KQ4-MZ9T-H2XW"), "Sở"))
            .Code.ShouldBe("dossier.invalid_result");

    [Test]
    public void ReturningOnline_ReleasesTheResult_AndRaisesResultReleased()
    {
        var dossier = AwaitingApproval();
        dossier.IssueResult(Leader, Now, ServiceLevel.Full, File(), "Sở");
        dossier.Approve(Leader, ResolvedAt, DossierBuilder.Calendar);
        dossier.ClearDomainEvents();

        dossier.ReturnResult(Receptionist, Vn.At(2026, 3, 3, 14, 0), Channel.Online, ServiceLevel.Full);

        dossier.Result!.ReleasedAt.ShouldBe(Vn.At(2026, 3, 3, 14, 0));
        dossier.DomainEvents.OfType<ResultReleased>().Single().Channel.ShouldBe(Channel.Online);
        dossier.DomainEvents.OfType<ResultReturned>().ShouldHaveSingleItem();
    }

    [Test]
    public void ReturningOnline_WithoutAnIssuedResult_IsRefused_AndChangesNothing()
    {
        var dossier = InState(DossierStatus.Resolved);

        Should.Throw<DomainException>(() => dossier.ReturnResult(Receptionist, Now, Channel.Online, ServiceLevel.Full)).Code.ShouldBe("dossier.result_missing");
        dossier.Status.ShouldBe(DossierStatus.Resolved);
    }

    [Test]
    public void ReturningOnline_WhenTheVersionDeliversNoResultOnline_IsRefused_ButAtTheDeskItIsReturned()
    {
        var dossier = InState(DossierStatus.Resolved);

        // The setting decides, whatever the level (Nghị định 42/2022/NĐ-CP, Điều 11 khoản 1).
        Should.Throw<DomainException>(() => dossier.ReturnResult(Receptionist, Now, Channel.Online, ServiceLevel.Full, onlineResult: false)).Code.ShouldBe("dossier.online_result_not_offered");
        // A version stored before the setting existed (null) keeps its old rule: below level 4, no online result.
        Should.Throw<DomainException>(() => dossier.ReturnResult(Receptionist, Now, Channel.Online, ServiceLevel.Partial)).Code.ShouldBe("dossier.online_result_not_offered");
        dossier.ReturnResult(Receptionist, Now, Channel.InPerson, ServiceLevel.Partial);
        dossier.Status.ShouldBe(DossierStatus.ResultReturned);
    }

    [Test]
    public void IssuingASecondResult_IsRefused_AndTheFirstStays_ND45_2020()
    {
        // An issued electronic result has the legal value of the paper one (Nghị định 45/2020/NĐ-CP; article not confirmed): it is not replaced in silence.
        var dossier = AwaitingApproval();
        dossier.IssueResult(Leader, Now, ServiceLevel.Full, File("7KQ4MZ9TH2XW"), "Sở");
        dossier.Approve(Leader, ResolvedAt, DossierBuilder.Calendar);

        Should.Throw<DomainException>(() => dossier.IssueResult(Leader, ResolvedAt, ServiceLevel.Full, File("22222222222A"), "Sở"))
            .Code.ShouldBe("dossier.result_already_issued");

        dossier.Result!.VerificationCode.ShouldBe("7KQ4MZ9TH2XW");
    }
}

public sealed class ResultVerificationCodeTests
{
    [Test]
    public void ANewCode_Has12CharactersOfTheAlphabet_AndCodesDiffer()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => ResultVerificationCode.New()).ToList();

        codes.ShouldAllBe(c => c.Length == 12 && c.All(ch => ResultVerificationCode.Alphabet.Contains(ch)));
        codes.Distinct().Count().ShouldBe(1000);
        ResultVerificationCode.Alphabet.ShouldNotContain('0');
        ResultVerificationCode.Alphabet.ShouldNotContain('O');
        ResultVerificationCode.Alphabet.ShouldNotContain('1');
        ResultVerificationCode.Alphabet.ShouldNotContain('I');
        ResultVerificationCode.Alphabet.ShouldNotContain('L');
    }

    [TestCase("7kq4-mz9t-h2xw", "7KQ4MZ9TH2XW")]
    [TestCase(" 7KQ4 MZ9T H2XW ", "7KQ4MZ9TH2XW")]
    [TestCase("7KQ4MZ9TH2XW", "7KQ4MZ9TH2XW")]
    [TestCase("7KQ4-MZ9T-H2X0", null)]
    [TestCase("7KQ4-MZ9T", null)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void Normalize_AcceptsDashesSpacesAndLowerCase_AndNothingElse(string? typed, string? expected) =>
        ResultVerificationCode.Normalize(typed).ShouldBe(expected);

    [Test]
    public void Format_GroupsByFour() => ResultVerificationCode.Format("7KQ4MZ9TH2XW").ShouldBe("7KQ4-MZ9T-H2XW");
}
