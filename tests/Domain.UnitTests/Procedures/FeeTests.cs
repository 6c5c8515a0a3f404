using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.UnitTests.Procedures;

public sealed class FeeTests
{
    private const string Basis = "Nghị quyết thử nghiệm, Điều 1 (test fixture)";

    private static Dictionary<string, string?> Form(string? copies) => new() { ["copies"] = copies };

    [Test]
    public void LuatPhiVaLePhi_Dieu4_AFeeWithAnAmount_NamesTheDocumentThatSetsIt_AFeeOfNothingNeedsNone()
    {
        var content = ProcedureBuilder.Content();
        ProcedureContent With(Fee fee) => new(content.Name, content.NameEn, content.Field, content.DecidingLevelCode, content.ServiceLevel, content.TimeLimit,
            [fee], content.Documents, content.ApplicantTypes, content.ResultType, content.ResultTypeEn, content.LegalBasis, content.Form, content.Steps, content.Source);

        Should.Throw<DomainException>(() => With(new Fee("Lệ phí", "Fee", 10_000, null))).Message.ShouldContain("legalBasis");
        Should.Throw<DomainException>(() => With(new Fee("Lệ phí", "Fee", 10_000, null, LegalBasis: "  "))).Code.ShouldBe("procedure.invalid_content");
        With(new Fee("Lệ phí", "Fee", 10_000, null, LegalBasis: Basis)).Fees.ShouldHaveSingleItem().LegalBasis.ShouldBe(Basis);
        With(new Fee("Phí", "Fee", null, "Theo quy định")).Fees.ShouldHaveSingleItem().IsCharged.ShouldBeFalse();
        With(new Fee("Phí", "Fee", 0, "Không")).Fees.ShouldHaveSingleItem().IsCharged.ShouldBeFalse();
    }

    [Test]
    public void AFixedFee_IsItsAmount_WhateverTheForm() =>
        new Fee("Lệ phí", "Fee", 50_000, null).AmountFor(Form("3")).ShouldBe(50_000);

    [TestCase("1", 20_000)]
    [TestCase("3", 60_000)]
    [TestCase(" 12 ", 240_000)]
    [TestCase("", 0)]
    [TestCase(null, 0)]
    public void APerCopyFee_MultipliesItsAmountByTheCountField(string? copies, long expected) =>
        new Fee("Phí bản sao", "Copy fee", 20_000, "20.000 đồng/bản", CountField: "copies").AmountFor(Form(copies)).ShouldBe(expected);

    [TestCase("2.5")]
    [TestCase("-1")]
    [TestCase("hai")]
    public void APerCopyFee_WithACountThatIsNotAWholeNumber_IsRefused(string copies) =>
        Should.Throw<DomainException>(() => new Fee("Phí bản sao", "Copy fee", 20_000, null, CountField: "copies").AmountFor(Form(copies)))
            .Code.ShouldBe("fee.invalid_count");

    [Test]
    public void AFeeWithoutAnAmount_IsNotChargedOnline() =>
        new Fee("Phí", "Fee", null, "Theo quy định").AmountFor(Form("3")).ShouldBe(0);

    [Test]
    public void ProcedureContent_AddsItsFees_AndRefusesAFeeCountingAFieldTheFormLacks()
    {
        var content = ProcedureBuilder.Content(form: [new FormField("copies", FormFieldType.Number, "Số bản", "Copies", true)]);
        var withFees = content with { };

        Should.Throw<DomainException>(() => new ProcedureContent(content.Name, content.NameEn, content.Field, content.DecidingLevelCode, content.ServiceLevel,
                content.TimeLimit, [new Fee("Phí", "Fee", 1_000, null, CountField: "pages", LegalBasis: Basis)], content.Documents, content.ApplicantTypes, content.ResultType,
                content.ResultTypeEn, content.LegalBasis, content.Form, content.Steps, content.Source))
            .Code.ShouldBe("procedure.invalid_content");
        var priced = new ProcedureContent(content.Name, content.NameEn, content.Field, content.DecidingLevelCode, content.ServiceLevel, content.TimeLimit,
            [new Fee("Lệ phí", "Fee", 10_000, null, LegalBasis: Basis), new Fee("Phí bản sao", "Copy fee", 20_000, null, CountField: "copies", LegalBasis: Basis)],
            content.Documents, content.ApplicantTypes, content.ResultType, content.ResultTypeEn, content.LegalBasis, content.Form, content.Steps, content.Source,
            PaymentDue.BeforeResult);
        priced.AmountDueFor(Form("2")).ShouldBe(50_000);
        priced.PaymentDue.ShouldBe(PaymentDue.BeforeResult);
        priced.OffersOnlinePayment.ShouldBeTrue();
        withFees.PaymentDue.ShouldBe(PaymentDue.BeforeReception, "before reception unless the procedure says otherwise");
    }
}
