using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class DossierCodeTests
{
    private static readonly AgencyCode Department = AgencyCode.Parse("000.00.12.H26");

    [Test]
    public void Create_Sequence7_IsZeroPaddedToFourDigits() =>
        DossierCode.Create(Department, new DateOnly(2020, 10, 28), 7).Value.ShouldBe("000.00.12.H26-201028-0007");

    [TestCase(1, "0001")]
    [TestCase(42, "0042")]
    [TestCase(9999, "9999")]
    public void Create_KeepsTheSequenceInFourDigits(int sequence, string expected) =>
        DossierCode.Create(Department, new DateOnly(2026, 3, 2), sequence).Value.ShouldEndWith("-260302-" + expected);

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(10000)]
    public void Create_SequenceOutside1To9999_IsRefused(int sequence) =>
        Should.Throw<DomainException>(() => DossierCode.Create(Department, new DateOnly(2026, 3, 2), sequence)).Code.ShouldBe("dossier.invalid_code");

    [Test]
    public void Create_DateOutsideTheTwoDigitCentury_IsRefused() =>
        Should.Throw<DomainException>(() => DossierCode.Create(Department, new DateOnly(2100, 1, 1), 1)).Code.ShouldBe("dossier.invalid_code");

    [Test]
    public void Parse_ReadsAgencyDateAndSequence()
    {
        var code = DossierCode.Parse(" 000.00.12.h26-201028-0007 ");

        code.Agency.ShouldBe(Department);
        code.ReceptionDate.ShouldBe(new DateOnly(2020, 10, 28));
        code.Sequence.ShouldBe(7);
        code.Value.ShouldBe("000.00.12.H26-201028-0007");
    }

    [Test]
    public void Parse_OfCreate_RoundTrips()
    {
        var code = DossierCode.Create(AgencyCode.Parse("000.20.35.H26"), new DateOnly(2026, 12, 31), 123);

        DossierCode.Parse(code.ToString()).ShouldBe(code);
    }

    [TestCase("", TestName = "Parse_Empty_IsRefused")]
    [TestCase("000.00.12-201028-0007", TestName = "Parse_AgencyPartWithoutItsLastGroup_IsRefused")]
    [TestCase("000.00.12.H266-201028-0007", TestName = "Parse_AgencyPartTooLong_IsRefused")]
    [TestCase("ABC.00.12.H26-201028-0007", TestName = "Parse_AgencyPartWithLetters_IsRefused")]
    [TestCase("000.00.12.H26-201328-0007", TestName = "Parse_Month13_IsRefused")]
    [TestCase("000.00.12.H26-260230-0007", TestName = "Parse_30February_IsRefused")]
    [TestCase("000.00.12.H26-201028-0000", TestName = "Parse_SequenceZero_IsRefused")]
    [TestCase("000.00.12.H26-201028-10000", TestName = "Parse_FiveDigitSequence_IsRefused")]
    [TestCase("000.00.12.H26-201028-007", TestName = "Parse_ThreeDigitSequence_IsRefused")]
    [TestCase("000.00.12.H26-20102-80007", TestName = "Parse_MisplacedDash_IsRefused")]
    [TestCase("000.00.12.H26-201028-0007-1", TestName = "Parse_ExtraPart_IsRefused")]
    public void Parse_RefusesMalformedCodes(string input)
    {
        DossierCode.TryParse(input, out var code).ShouldBeFalse();
        code.ShouldBeNull();
        Should.Throw<DomainException>(() => DossierCode.Parse(input)).Code.ShouldBe("dossier.invalid_code");
    }

    [Test]
    public void TryParse_Null_IsFalse() => DossierCode.TryParse(null, out _).ShouldBeFalse();

    [Test]
    public void Parse_LeapDay_IsAccepted() => DossierCode.Parse("000.00.12.H26-280229-0001").ReceptionDate.ShouldBe(new DateOnly(2028, 2, 29));
}
