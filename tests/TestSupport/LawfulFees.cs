using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.TestSupport;

/// <summary>
/// Fees that tests charge. The catalogue in force charges nothing (every education record read prints "0 đồng", and Hanoi
/// stopped charging for copies of diplomas on 1 March 2024), so a test that pays uses a fee the law sets rather than an
/// invented one: the fee for verifying papers to recognise a diploma issued by a foreign education institution,
/// Thông tư 164/2016/TT-BTC (as reported by baobinhdinh.vn; whether it is still in force was not confirmed — see
/// docs/decisions/0025-catalogue-in-force.md).
/// </summary>
public static class LawfulFees
{
    /// <summary>The circular that sets <see cref="VerificationPerDiploma"/>.</summary>
    public const string Basis = "Thông tư 164/2016/TT-BTC: phí xác minh giấy tờ, tài liệu để công nhận văn bằng do cơ sở giáo dục nước ngoài cấp";

    /// <summary>250 000 đồng per diploma issued by a foreign institution operating lawfully in Viet Nam.</summary>
    public const long VerificationPerDiploma = 250_000;

    /// <summary>The fee per diploma counted by <paramref name="countField"/>.</summary>
    public static Fee Verification(string countField) => new(
        "Phí xác minh giấy tờ, tài liệu để công nhận văn bằng", "Fee for verifying the papers of a diploma", VerificationPerDiploma,
        "250.000 đồng/văn bằng", countField, Basis);

    /// <summary>The same fee for one diploma (no count field).</summary>
    public static Fee VerificationOfOne() => new(
        "Phí xác minh giấy tờ, tài liệu để công nhận văn bằng", "Fee for verifying the papers of a diploma", VerificationPerDiploma,
        "250.000 đồng/văn bằng", null, Basis);
}
