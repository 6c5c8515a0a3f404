using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Common;

public sealed class VietnameseTextTests
{
    [TestCase("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "cap ban sao van bang chung chi tu so goc")]
    [TestCase("ĐĂNG KÝ dự thi tốt nghiệp", "dang ky du thi tot nghiep")]
    [TestCase("Phòng Giáo dục và Đào tạo quận Đống Đa", "phong giao duc va dao tao quan dong da")]
    [TestCase("  Thủ   tục\t1.010020 ", "thu tuc 1.010020")]
    [TestCase("Ưu tiên – ơ, ư, ă, â, ê, ô", "uu tien o u a a e o")]
    public void Fold_RemovesDiacriticsAndCase_AndMapsDToD(string input, string expected) =>
        VietnameseText.Fold(input).ShouldBe(expected);

    [Test]
    public void Fold_OfPrecomposedAndDecomposedInput_IsTheSame() =>
        VietnameseText.Fold("Vi\u1EC7t").ShouldBe(VietnameseText.Fold("Vie\u0323\u0302t"));

    [TestCase(null)]
    [TestCase("   ")]
    public void Fold_OfNothing_IsEmpty(string? input) => VietnameseText.Fold(input).ShouldBeEmpty();
}
