using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Dossiers;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Procedures;

/// <summary>
/// The three ways a procedure is offered (Nghị định 42/2022/NĐ-CP, Điều 11): toàn trình, một phần, information only; online
/// payment and online results are settings of the procedure version, not consequences of its level.
/// </summary>
public sealed class ServiceLevelDecree42Tests
{
    private static readonly Fee CopyFee = new("Phí cấp bản sao", "Copy fee", 20_000, "20.000 đồng/bản", LegalBasis: "Nghị quyết thử nghiệm, Điều 1 (test fixture)");

    private static ProcedureContent Content(ServiceLevel level, bool? onlinePayment = null, bool? onlineResult = null, DecidingAuthority? authority = null)
    {
        var c = ProcedureBuilder.Content();
        return new ProcedureContent(c.Name, c.NameEn, c.Field, c.DecidingLevelCode, level, c.TimeLimit, [CopyFee], c.Documents, c.ApplicantTypes,
            c.ResultType, c.ResultTypeEn, c.LegalBasis, c.Form, c.Steps, c.Source, PaymentDue.BeforeReception, onlinePayment, onlineResult, authority);
    }

    private static Dossier StartOnline(ProcedureContent content) =>
        Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), content.TimeLimit, content.Form, [], 0.6m, DepartmentId, DepartmentId,
            Applicant, "001208012345", Channel.Online, Drafted, paymentTerms: PaymentTerms.Of(content), serviceLevel: content.ServiceLevel);

    [Test]
    public void NumericValues_StayTheHistoricalLevels_SoStoredRowsAndSeedsKeepWorking()
    {
        // Nghị định 43/2011/NĐ-CP, Điều 3 khoản 4 numbered the levels; Nghị định 42/2022/NĐ-CP, Điều 11 renamed them.
        ((int)ServiceLevel.Full).ShouldBe(4);
        ((int)ServiceLevel.Partial).ShouldBe(3);
        ((int)ServiceLevel.InformationOnly).ShouldBe(2);
        ServiceLevel.Full.Decree42Code().ShouldBe("toan-trinh");
        ServiceLevel.Partial.Decree42Code().ShouldBe("mot-phan");
        ServiceLevel.InformationOnly.Decree42Code().ShouldBe("thong-tin-truc-tuyen");
        ServiceLevel.Partial.HistoricalName().ShouldBe("mức độ 3");
    }

    [Test]
    public void ND42_2022_Dieu11_APartialProcedureWithOnlinePayment_LetsTheDossierBePaidOnline()
    {
        var dossier = StartOnline(Content(ServiceLevel.Partial, onlinePayment: true));
        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, new Dictionary<string, string?> { ["fullName"] = "Nguyễn Văn An" });

        dossier.PaymentStatus.ShouldBe(DossierPaymentStatus.Due);
        dossier.EnsurePayableOnline(Applicant).ShouldBe(20_000);
        dossier.RecordPayment(Guid.CreateVersion7(), 20_000, ReceivedAt).ShouldBeTrue();
        dossier.Receive(Receptionist, ReceivedAt, DossierBuilder.Calendar, CodeFor(ReceivedAt));
        dossier.Status.ShouldBe(DossierStatus.Received);
    }

    [Test]
    public void ND42_2022_Dieu11_AFullProcedureWithoutTheOnlinePaymentSetting_IsPaidAtTheDesk()
    {
        var dossier = StartOnline(Content(ServiceLevel.Full, onlinePayment: false));
        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, new Dictionary<string, string?> { ["fullName"] = "Nguyễn Văn An" });

        dossier.PaymentStatus.ShouldBe(DossierPaymentStatus.NotDue);
        Should.Throw<DomainException>(() => dossier.EnsurePayableOnline(Applicant)).Code.ShouldBe("payment.not_offered");
    }

    [Test]
    public void ND42_2022_Dieu11_APartialProcedureDeliveringResultsOnline_ReturnsTheResultOnline()
    {
        var dossier = InState(DossierStatus.Refused); // a refusal is returned as its notice, no file needed

        dossier.ReturnResult(Receptionist, ResolvedAt.AddHours(2), Channel.Online, ServiceLevel.Partial, onlineResult: Content(ServiceLevel.Partial, onlineResult: true).OnlineResult);

        dossier.Status.ShouldBe(DossierStatus.ResultReturned);
        dossier.ReturnChannel.ShouldBe(Channel.Online);
    }

    [Test]
    public void ND42_2022_Dieu11_AnInformationOnlyProcedure_CannotStartOnline_ButTheDeskEntersItsPaperDossier()
    {
        var content = Content(ServiceLevel.InformationOnly);

        content.OffersOnlineApplication.ShouldBeFalse();
        content.OffersOnlinePayment.ShouldBeFalse();
        content.OffersOnlineResult.ShouldBeFalse();
        Should.Throw<DomainException>(() => StartOnline(content)).Code.ShouldBe("dossier.not_offered_online");
        var paper = Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), content.TimeLimit, content.Form, [], 0.6m, DepartmentId, DepartmentId,
            Applicant, "001208012345", Channel.InPerson, Drafted, enteredBy: Receptionist, paymentTerms: PaymentTerms.Of(content), serviceLevel: content.ServiceLevel);
        paper.SubmissionChannel.ShouldBe(Channel.InPerson);
    }

    [Test]
    public void ND42_2022_Dieu11_AnInformationOnlyProcedure_TakesNoOnlinePaymentOrOnlineResult()
    {
        Should.Throw<DomainException>(() => Content(ServiceLevel.InformationOnly, onlinePayment: true)).Code.ShouldBe("procedure.invalid_content");
        Should.Throw<DomainException>(() => Content(ServiceLevel.InformationOnly, onlineResult: true)).Code.ShouldBe("procedure.invalid_content");
    }

    [Test]
    public void AVersionStoredBeforeTheSettings_KeepsWhatItsLevelMeant()
    {
        // Nghị định 43/2011/NĐ-CP, Điều 3 khoản 4: level 4 paid online; stored level-4 content keeps taking online payment.
        Content(ServiceLevel.Full).OffersOnlinePayment.ShouldBeTrue();
        Content(ServiceLevel.Full).OffersOnlineResult.ShouldBeTrue();
        Content(ServiceLevel.Partial).OffersOnlinePayment.ShouldBeFalse();
    }

    [Test]
    public void TheDecidingAuthority_IsPublishedOnlyWithItsLegalBasis()
    {
        // Nghị định 46/2017/NĐ-CP, Điều 26 khoản 3 (sửa đổi bởi Nghị định 135/2018/NĐ-CP): the provincial chairman decides on an upper-secondary school.
        var content = Content(ServiceLevel.Partial, authority: new DecidingAuthority(" Chủ tịch Ủy ban nhân dân thành phố Hà Nội ", null, "Nghị định 46/2017/NĐ-CP, Điều 26"));
        content.DecidingAuthority!.Name.ShouldBe("Chủ tịch Ủy ban nhân dân thành phố Hà Nội");

        Should.Throw<DomainException>(() => Content(ServiceLevel.Partial, authority: new DecidingAuthority("Chủ tịch UBND thành phố", null, " ")))
            .Code.ShouldBe("procedure.invalid_content");
    }
}
