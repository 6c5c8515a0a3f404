namespace HanoiDvc.Domain.Procedures;

/// <summary>
/// How a procedure is offered online (Nghị định 42/2022/NĐ-CP, Điều 11). The numbers are the historical levels of
/// Nghị định 43/2011/NĐ-CP, Điều 3 khoản 4 ("mức độ 1–4"), kept so stored rows, seeds and filters stay valid:
/// 4 ≈ toàn trình, 3 ≈ một phần, 2 (forms to download, nothing submitted online) ≈ information only.
/// </summary>
public enum ServiceLevel
{
    /// <summary>
    /// "Thông tin trực tuyến": the procedure is published (information, forms) but not offered as an online public service;
    /// it is applied for at the agency (Nghị định 42/2022/NĐ-CP, Điều 11: what is not offered online is still published as information). Historically "mức độ 1–2" (value 2).
    /// </summary>
    InformationOnly = 2,

    /// <summary>
    /// "Dịch vụ công trực tuyến một phần": applied for online, but some step is done in person (Nghị định 42/2022/NĐ-CP,
    /// Điều 11 khoản 1 điểm b). Historically "mức độ 3". Whether fees are paid or results delivered online is a setting of
    /// the procedure (<see cref="ProcedureContent.OnlinePayment"/>, <see cref="ProcedureContent.OnlineResult"/>), not of this level.
    /// </summary>
    Partial = 3,

    /// <summary>
    /// "Dịch vụ công trực tuyến toàn trình": every step online, the result online or by public postal service
    /// (Nghị định 42/2022/NĐ-CP, Điều 11 khoản 1 điểm a). Historically "mức độ 4".
    /// </summary>
    Full = 4,
}

/// <summary>The names of the levels in both vocabularies.</summary>
public static class ServiceLevels
{
    /// <summary>Whether a procedure of <paramref name="level"/> may be applied for online (Nghị định 42/2022/NĐ-CP, Điều 11: information only is not).</summary>
    public static bool OffersOnlineApplication(this ServiceLevel level) => level is ServiceLevel.Partial or ServiceLevel.Full;

    /// <summary>The Nghị định 42/2022/NĐ-CP name: <c>toan-trinh</c>, <c>mot-phan</c> or <c>thong-tin-truc-tuyen</c>.</summary>
    public static string Decree42Code(this ServiceLevel level) => level switch
    {
        ServiceLevel.Full => "toan-trinh",
        ServiceLevel.Partial => "mot-phan",
        ServiceLevel.InformationOnly => "thong-tin-truc-tuyen",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown service level."),
    };

    /// <summary>The historical Nghị định 43/2011/NĐ-CP name: "mức độ 4", "mức độ 3", "mức độ 1–2".</summary>
    public static string HistoricalName(this ServiceLevel level) => level switch
    {
        ServiceLevel.Full => "mức độ 4",
        ServiceLevel.Partial => "mức độ 3",
        ServiceLevel.InformationOnly => "mức độ 1–2",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown service level."),
    };
}
