using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Queries.GetCatalogueStatistics;

/// <summary>Counts of the public catalogue.</summary>
/// <param name="Setup">The local-government set-up of this catalogue (<c>two-tier</c> or <c>three-tier</c>).</param>
/// <param name="Total">Listed procedures.</param>
/// <param name="FullyOnline">Listed procedures at service level 4.</param>
/// <param name="FullyOnlinePercent">Share of level 4, in percent.</param>
/// <param name="Levels">Counts per deciding level.</param>
/// <param name="ServiceLevels">Count and share at each service level, named in both vocabularies (always all three levels).</param>
/// <param name="Historical">
/// True for the three-tier set-up: its catalogue is the 2019–2020 list, kept to reproduce the figures of that period, not
/// the catalogue in force.
/// </param>
/// <param name="Verified">Listed procedures whose every published fact was read in a published record.</param>
/// <param name="VerifiedShare">Fraction verified, to four decimals (null when the catalogue is empty).</param>
/// <param name="Counts">One row per deciding level × field × service level that has procedures, with how many are verified.</param>
public sealed record CatalogueStatisticsDto(
    string Setup, int Total, int FullyOnline, decimal FullyOnlinePercent, IReadOnlyList<LevelStatisticsDto> Levels,
    IReadOnlyList<ServiceLevelShareDto>? ServiceLevels = null, bool Historical = false, int Verified = 0, decimal? VerifiedShare = null,
    IReadOnlyList<CatalogueCountDto>? Counts = null);

/// <summary>How many listed procedures one deciding level decides in one field at one service level.</summary>
/// <param name="Level">The administrative level's code.</param>
/// <param name="Field">The field.</param>
/// <param name="ServiceLevel">2, 3 or 4.</param>
/// <param name="ServiceLevelCode">The Nghị định 42/2022/NĐ-CP name: <c>toan-trinh</c>, <c>mot-phan</c>, <c>thong-tin-truc-tuyen</c>.</param>
/// <param name="Total">Listed procedures.</param>
/// <param name="Verified">Of them verified.</param>
public sealed record CatalogueCountDto(string Level, ProcedureField Field, int ServiceLevel, string ServiceLevelCode, int Total, int Verified);

/// <summary>Counts of one deciding level.</summary>
/// <param name="Level">The administrative level's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Total">Listed procedures it decides.</param>
/// <param name="FullyOnline">Of them at service level 4.</param>
/// <param name="PerField">Counts per field.</param>
/// <param name="ServiceLevels">Count and share at each service level within this deciding level.</param>
/// <param name="Verified">Of them verified.</param>
public sealed record LevelStatisticsDto(
    string Level, string Name, int Total, int FullyOnline, IReadOnlyDictionary<ProcedureField, int> PerField,
    IReadOnlyList<ServiceLevelShareDto>? ServiceLevels = null, int Verified = 0);

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
