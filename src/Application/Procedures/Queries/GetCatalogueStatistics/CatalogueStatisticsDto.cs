using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Queries.GetCatalogueStatistics;

/// <summary>Counts of the public catalogue.</summary>
/// <param name="Setup">The local-government set-up in force (<c>two-tier</c> or <c>three-tier</c>).</param>
/// <param name="Total">Listed procedures.</param>
/// <param name="FullyOnline">Listed procedures at service level 4.</param>
/// <param name="FullyOnlinePercent">Share of level 4, in percent.</param>
/// <param name="Levels">Counts per deciding level.</param>
/// <param name="ServiceLevels">Count and share at each service level, named in both vocabularies (always all three levels).</param>
public sealed record CatalogueStatisticsDto(
    string Setup, int Total, int FullyOnline, decimal FullyOnlinePercent, IReadOnlyList<LevelStatisticsDto> Levels,
    IReadOnlyList<ServiceLevelShareDto>? ServiceLevels = null);

/// <summary>Counts of one deciding level.</summary>
/// <param name="Level">The administrative level's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Total">Listed procedures it decides.</param>
/// <param name="FullyOnline">Of them at service level 4.</param>
/// <param name="PerField">Counts per field.</param>
/// <param name="ServiceLevels">Count and share at each service level within this deciding level.</param>
public sealed record LevelStatisticsDto(
    string Level, string Name, int Total, int FullyOnline, IReadOnlyDictionary<ProcedureField, int> PerField,
    IReadOnlyList<ServiceLevelShareDto>? ServiceLevels = null);

/// <summary>How many listed procedures are offered at one service level.</summary>
/// <param name="Level">2, 3 or 4 (the historical number).</param>
/// <param name="Code">The Nghị định 42/2022/NĐ-CP name: <c>toan-trinh</c>, <c>mot-phan</c>, <c>thong-tin-truc-tuyen</c>.</param>
/// <param name="Name">The Nghị định 42/2022/NĐ-CP name in Vietnamese ("Dịch vụ công trực tuyến toàn trình"…).</param>
/// <param name="NameEn">In English.</param>
/// <param name="HistoricalName">The Nghị định 43/2011/NĐ-CP name: "mức độ 4", "mức độ 3", "mức độ 1–2".</param>
/// <param name="Count">Listed procedures at this level.</param>
/// <param name="Share">Fraction of the listed procedures, to four decimals (null when there are none).</param>
public sealed record ServiceLevelShareDto(int Level, string Code, string Name, string NameEn, string HistoricalName, int Count, decimal? Share)
{
    /// <summary>Nghị định 42/2022/NĐ-CP, Điều 11: the three ways a procedure is offered, each with its historical "mức độ".</summary>
    internal static IReadOnlyList<ServiceLevelShareDto> Of(IReadOnlyDictionary<ServiceLevel, int> counts)
    {
        var total = counts.Values.Sum();
        return [.. new[] { ServiceLevel.Full, ServiceLevel.Partial, ServiceLevel.InformationOnly }.Select(level =>
        {
            var count = counts.GetValueOrDefault(level);
            var (name, nameEn) = level switch
            {
                ServiceLevel.Full => ("Dịch vụ công trực tuyến toàn trình", "Fully online public service"),
                ServiceLevel.Partial => ("Dịch vụ công trực tuyến một phần", "Partly online public service"),
                _ => ("Chỉ cung cấp thông tin trực tuyến", "Information only (not offered online)"),
            };
            return new ServiceLevelShareDto((int)level, level.Decree42Code(), name, nameEn, level.HistoricalName(), count,
                total == 0 ? null : Math.Round((decimal)count / total, 4));
        })];
    }
}
