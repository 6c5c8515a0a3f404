using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Statistics.Common;

namespace HanoiDvc.Application.Statistics.Queries.GetStatisticsBreakdown;

internal sealed class GetStatisticsBreakdownValidator : StatisticsFilterValidator<GetStatisticsBreakdown>
{
    public GetStatisticsBreakdownValidator() =>
        RuleFor(x => x.By).Must(by => by != StatisticsGrouping.None && Enum.IsDefined(by))
            .WithMessage(_ => Localized.Text("Chia theo cơ quan, thủ tục hoặc tháng.", "Break down by agency, procedure or month."));
}
