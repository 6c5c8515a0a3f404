using HanoiDvc.Domain.Accounts;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Accounts;

public sealed class OrganisationCodeTests
{
    [Test]
    public void Parse_TenDigits_IsAnOrganisation()
    {
        var code = OrganisationCode.Parse(" 0101234567 ");

        code.Value.ShouldBe("0101234567");
        code.IsBranch.ShouldBeFalse();
        code.ParentCode.ShouldBe("0101234567");
    }

    [Test]
    public void Parse_TenDigitsHyphenThree_IsABranchOfTheTenDigitCode()
    {
        var code = OrganisationCode.Parse("0101234567-001");

        code.IsBranch.ShouldBeTrue();
        code.ParentCode.ShouldBe("0101234567");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("010123456")]
    [TestCase("01012345678")]
    [TestCase("0101234567-01")]
    [TestCase("0101234567-0011")]
    [TestCase("0101234567001")]
    [TestCase("0101234567 001")]
    [TestCase("01O1234567")]
    public void TryParse_RefusesOtherShapes(string? input)
    {
        OrganisationCode.TryParse(input, out var code).ShouldBeFalse();
        code.ShouldBeNull();
        Should.Throw<DomainException>(() => OrganisationCode.Parse(input)).Code.ShouldBe("organisation_code.invalid");
    }
}
