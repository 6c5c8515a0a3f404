using HanoiDvc.Application.Procedures.Queries.GetCatalogueStatistics;
using HanoiDvc.Application.Statistics.Queries.GetStatisticsSummary;

namespace HanoiDvc.Application.Statistics.Common;

/// <summary>
/// The reference targets leaders compare against, as data in the summary: 44 % of procedures offered at level 4 and an
/// online share of dossiers of 75 % and 80 %. Change them here when the plan changes (decision 0016).
/// </summary>
internal static class StatisticsTargets
{
    public static IReadOnlyList<StatisticsTargetDto> With(CatalogueStatisticsDto catalogue, StatisticsFigures figures) =>
    [
        new("level4_procedure_share", "Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến toàn trình (mức 4)",
            "Share of procedures offered fully online (level 4)", 0.44m, StatisticsFigures.Share(catalogue.FullyOnline, catalogue.Total)),
        new("online_share_75", "Tỷ lệ hồ sơ tiếp nhận trực tuyến (mốc 75 %)", "Online share of received dossiers (75 % mark)", 0.75m, figures.Received.OnlineShare),
        new("online_share_80", "Tỷ lệ hồ sơ tiếp nhận trực tuyến (mốc 80 %)", "Online share of received dossiers (80 % mark)", 0.80m, figures.Received.OnlineShare),
    ];
}
