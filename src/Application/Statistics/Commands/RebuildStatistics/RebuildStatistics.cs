using HanoiDvc.Application.Statistics.Common;

namespace HanoiDvc.Application.Statistics.Commands.RebuildStatistics;

/// <summary>
/// Recomputes the statistics tables for a range of business days now (the nightly job does the last days by itself):
/// after a correction, an import, or to see today's figures before the night. System administrators only.
/// </summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record RebuildStatistics(DateOnly From, DateOnly To) : IRequest<StatisticsRebuildResult>, IStatisticsPeriod;

internal sealed class RebuildStatisticsHandler(IStatisticsRebuilder rebuilder) : IRequestHandler<RebuildStatistics, StatisticsRebuildResult>
{
    public Task<StatisticsRebuildResult> Handle(RebuildStatistics request, CancellationToken cancellationToken) =>
        rebuilder.RebuildAsync(request.From, request.To, cancellationToken);
}

internal sealed class RebuildStatisticsValidator : StatisticsPeriodValidator<RebuildStatistics>;
