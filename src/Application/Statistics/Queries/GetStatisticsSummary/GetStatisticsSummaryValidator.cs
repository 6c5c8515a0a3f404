using HanoiDvc.Application.Statistics.Common;

namespace HanoiDvc.Application.Statistics.Queries.GetStatisticsSummary;

internal sealed class GetStatisticsSummaryValidator : StatisticsFilterValidator<GetStatisticsSummary>;
