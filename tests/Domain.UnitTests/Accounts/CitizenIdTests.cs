using HanoiDvc.Domain.Accounts;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Accounts;

public sealed class CitizenIdTests
{
    [TestCase("001099012345", "001", "Hà Nội", 1999, false)]
    [TestCase("079301000123", "079", "Thành phố Hồ Chí Minh", 2001, true)]
    [TestCase("096188654321", "096", "Cà Mau", 1988, true)]
    [TestCase("048210000001", "048", "Đà Nẵng", 2010, false)]
    [TestCase("001400000001", "001", "Hà Nội", 2100, false)]
    [TestCase("001505000001", "001", "Hà Nội", 2105, true)]
    [TestCase(" 001099012345 ", "001", "Hà Nội", 1999, false)]
    public void Parse_ReadsProvinceCenturySexAndYear(string input, string province, string provinceName, int year, bool female)
    {
        var id = CitizenId.Parse(input);

        id.Value.ShouldBe(input.Trim());
        id.ProvinceCode.ShouldBe(province);
        id.ProvinceName.ShouldBe(provinceName);
        id.BirthYear.ShouldBe(year);
        id.IsFemale.ShouldBe(female);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("00109901234")]
    [TestCase("0010990123456")]
    [TestCase("00109901234a")]
    [TestCase("001 99012345")]
    [TestCase("０01099012345")]
    [TestCase("000099012345")]
    [TestCase("003099012345")]
    [TestCase("097099012345")]
    [TestCase("101099012345")]
    public void TryParse_RefusesWrongLengthNonDigitsAndUnknownProvinces(string? input)
    {
        CitizenId.TryParse(input, out var id).ShouldBeFalse();
        id.ShouldBeNull();
        Should.Throw<DomainException>(() => CitizenId.Parse(input)).Code.ShouldBe("citizen_id.invalid");
    }

    [Test]
    public void ProvinceList_HasTheSixtyThreeCodesOfTheCircular_AndSkipsUnusedNumbers()
    {
        CitizenIdProvinces.Codes.Count.ShouldBe(63);
        CitizenIdProvinces.Codes[0].ShouldBe("001");
        CitizenIdProvinces.Codes[^1].ShouldBe("096");
        CitizenIdProvinces.Contains("003").ShouldBeFalse();
        CitizenIdProvinces.Contains("079").ShouldBeTrue();
    }

    [Test]
    public void MatchesBirthDate_ComparesCenturyAndYear()
    {
        var id = CitizenId.Parse("001099012345");

        id.MatchesBirthDate(new DateOnly(1999, 12, 31)).ShouldBeTrue();
        id.MatchesBirthDate(new DateOnly(2099, 12, 31)).ShouldBeFalse("same last digits, other century");
        id.MatchesBirthDate(new DateOnly(1998, 1, 1)).ShouldBeFalse();
    }
}
