namespace HanoiDvc.Domain.Statistics;

/// <summary>
/// The five groups of indicators of the national service index ("Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ
/// người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử",
/// Quyết định 766/QĐ-TTg ngày 23/6/2022, Điều 1 and its Phụ lục, mục II), 100 points in all.
/// </summary>
public enum ServiceIndexGroup
{
    /// <summary>Công khai, minh bạch: 18 points.</summary>
    Transparency,

    /// <summary>Tiến độ, kết quả giải quyết: 20 points.</summary>
    Progress,

    /// <summary>Số hóa hồ sơ: 22 points.</summary>
    Digitisation,

    /// <summary>Cung cấp dịch vụ trực tuyến (dịch vụ công trực tuyến and thanh toán trực tuyến): 22 points.</summary>
    OnlineService,

    /// <summary>Mức độ hài lòng: 18 points.</summary>
    Satisfaction,
}

/// <summary>A group's names and its maximum points (Quyết định 766/QĐ-TTg, Phụ lục, mục II).</summary>
/// <param name="Group">The group.</param>
/// <param name="Name">Vietnamese name, as in the decision.</param>
/// <param name="NameEn">English name.</param>
/// <param name="MaxPoints">Its share of the 100 points.</param>
public sealed record ServiceIndexGroupInfo(ServiceIndexGroup Group, string Name, string NameEn, decimal MaxPoints)
{
    /// <summary>The five groups in the decision's order.</summary>
    public static readonly IReadOnlyList<ServiceIndexGroupInfo> All =
    [
        new(ServiceIndexGroup.Transparency, "Công khai, minh bạch", "Openness and transparency", 18),
        new(ServiceIndexGroup.Progress, "Tiến độ, kết quả giải quyết", "Progress and results of processing", 20),
        new(ServiceIndexGroup.Digitisation, "Số hóa hồ sơ", "Digitisation of dossiers", 22),
        new(ServiceIndexGroup.OnlineService, "Cung cấp dịch vụ trực tuyến", "Online services", 22),
        new(ServiceIndexGroup.Satisfaction, "Mức độ hài lòng", "Satisfaction", 18),
    ];

    /// <summary>The information of <paramref name="group"/>.</summary>
    public static ServiceIndexGroupInfo Of(ServiceIndexGroup group) => All.Single(g => g.Group == group);
}
