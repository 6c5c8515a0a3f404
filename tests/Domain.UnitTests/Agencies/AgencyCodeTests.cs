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
}
