using HanoiDvc.Domain.Accounts;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Accounts;

public sealed class VietnamesePhoneTests
{
    [TestCase("0912345678", "0912345678", true)]
    [TestCase("0381234567", "0381234567", true)]
    [TestCase("0561234567", "0561234567", true)]
    [TestCase("0761234567", "0761234567", true)]
    [TestCase("0861234567", "0861234567", true)]
    [TestCase("+84912345678", "0912345678", true)]
    [TestCase("+84 912 345 678", "0912345678", true)]
    [TestCase("091.234.5678", "0912345678", true)]
    [TestCase("0912-345-678", "0912345678", true)]
    [TestCase("02438251234", "02438251234", false)]
    [TestCase("024 3825 1234", "02438251234", false)]
    [TestCase("+842438251234", "02438251234", false)]
    public void Parse_AcceptsMobileAndLandlineNumbers_AndNormalisesToNationalForm(string input, string expected, bool mobile)
    {
        var phone = VietnamesePhone.Parse(input);

        phone.Value.ShouldBe(expected);
        phone.IsMobile.ShouldBe(mobile);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("0112345678")]
    [TestCase("0212345678")]
    [TestCase("0412345678")]
    [TestCase("091234567")]
    [TestCase("09123456789")]
    [TestCase("84912345678")]
    [TestCase("+85912345678")]
    [TestCase("0912345abc")]
    [TestCase("0243825123")]
    [TestCase("024382512345")]
    public void TryParse_RefusesOtherNumbers(string? input)
    {
        VietnamesePhone.TryParse(input, out var phone).ShouldBeFalse();
        phone.ShouldBeNull();
        Should.Throw<DomainException>(() => VietnamesePhone.Parse(input)).Code.ShouldBe("phone.invalid");
    }
}
