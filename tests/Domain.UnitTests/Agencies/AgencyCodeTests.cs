using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Agencies;

public sealed class AgencyCodeTests
{
    [TestCase("000.00.12.H26")]
    [TestCase(" 000.20.35.h26 ")]
    public void Parse_AcceptsTheShapeOfCircular10_2016_AndNormalises(string input)
    {
        var code = AgencyCode.Parse(input);

        code.Value.ShouldBe(input.Trim().ToUpperInvariant());
    }

    [TestCase("")]
    [TestCase("000.00.12")]
    [TestCase("000-00-12-H26")]
    [TestCase("000.00.12.H266")]
    [TestCase("0000.00.12.H26")]
    public void Parse_RefusesOtherShapes_WithAStableCode(string input)
    {
        var error = Should.Throw<DomainException>(() => AgencyCode.Parse(input));

        error.Code.ShouldBe("agency.invalid_code");
    }

    [Test]
    public void NewAgency_WithoutAName_IsRefused()
    {
        var error = Should.Throw<DomainException>(() =>
            new Agency("000.00.12.H26", "  ", "", AgencyKind.Department, "province", parentId: null, AgencyContact.None, receives: true, decides: true));

        error.Code.ShouldBe("agency.name_required");
    }

    // Hanoi's list of identifier codes (Quyết định 2918/QĐ-UBND, 17/8/2022) was not read: a code is unverified unless said otherwise.
    [Test]
    public void NewAgency_HasAnUnverifiedCode_UnlessToldOtherwise_AndKeepsWhereTheCodeComesFrom()
    {
        var unverified = new Agency("000.00.12.H26", "Sở Giáo dục và Đào tạo Hà Nội", "", AgencyKind.Department, "province", null, AgencyContact.None, true, true);
        var verified = new Agency("000.00.12.H26", "Sở Giáo dục và Đào tạo Hà Nội", "", AgencyKind.Department, "province", null, AgencyContact.None, true, true,
            codeVerified: true, codeSource: "  Quyết định 2918/QĐ-UBND, phụ lục  ");

        (unverified.CodeVerified, unverified.CodeSource).ShouldBe((false, null));
        (verified.CodeVerified, verified.CodeSource).ShouldBe((true, "Quyết định 2918/QĐ-UBND, phụ lục"));
    }

    [Test]
    public void CodeSource_LongerThanItsColumn_IsRefused()
    {
        var agency = new Agency("000.00.12.H26", "Sở Giáo dục và Đào tạo Hà Nội", "", AgencyKind.Department, "province", null, AgencyContact.None, true, true);

        var error = Should.Throw<DomainException>(() => agency.SetCodeVerification(false, new string('x', Agency.CodeSourceMaxLength + 1)));

        error.Code.ShouldBe("agency.code_source_too_long");
        agency.CodeSource.ShouldBeNull();
    }
}
