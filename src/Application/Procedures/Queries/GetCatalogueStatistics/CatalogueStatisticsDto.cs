using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Queries.GetCatalogueStatistics;

/// <summary>Counts of the public catalogue.</summary>
/// <param name="Setup">The local-government set-up in force (<c>two-tier</c> or <c>three-tier</c>).</param>
/// <param name="Total">Listed procedures.</param>
/// <param name="FullyOnline">Listed procedures at service level 4.</param>
/// <param name="FullyOnlinePercent">Share of level 4, in percent.</param>
/// <param name="Levels">Counts per deciding level.</param>
public sealed record CatalogueStatisticsDto(string Setup, int Total, int FullyOnline, decimal FullyOnlinePercent, IReadOnlyList<LevelStatisticsDto> Levels);

/// <summary>Counts of one deciding level.</summary>
public sealed record LevelStatisticsDto(string Level, string Name, int Total, int FullyOnline, IReadOnlyDictionary<ProcedureField, int> PerField);
