using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Statistics.Common;

/// <summary>A period of business days (Asia/Ho_Chi_Minh).</summary>
public interface IStatisticsPeriod
{
    /// <summary>First business day (inclusive).</summary>
    DateOnly From { get; }

    /// <summary>Last business day (inclusive).</summary>
    DateOnly To { get; }
}

/// <summary>The filter every statistics query takes: a period of business days and what to narrow it to.</summary>
public interface IStatisticsFilter : IStatisticsPeriod
{
    /// <summary>A deciding agency, with the agencies below it; null for everything the caller may see.</summary>
    Guid? AgencyId { get; }

    /// <summary>Service level 2 (information only), 3 (partial) or 4 (full); null for all.</summary>
    int? Level { get; }

    /// <summary>A field (lĩnh vực) of procedures.</summary>
    ProcedureField? Field { get; }

    /// <summary>One procedure.</summary>
    Guid? ProcedureId { get; }
}

/// <summary>The period is at most <see cref="MaxYears"/> years and does not end before it starts.</summary>
internal abstract class StatisticsPeriodValidator<T> : AbstractValidator<T>
    where T : IStatisticsPeriod
{
    public const int MaxYears = 5;

    protected StatisticsPeriodValidator()
    {
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From)
            .WithMessage(_ => Localized.Text("Ngày cuối không trước ngày đầu.", "The last day is not before the first."));
        RuleFor(x => x.To).Must((q, to) => to < q.From.AddYears(MaxYears)).When(q => q.To >= q.From)
            .WithMessage(_ => Localized.Text($"Kỳ thống kê tối đa {MaxYears} năm.", $"A statistics period is at most {MaxYears} years."));
    }
}

/// <summary>A valid period; the level is 2, 3 or 4.</summary>
internal abstract class StatisticsFilterValidator<T> : StatisticsPeriodValidator<T>
    where T : IStatisticsFilter
{
    protected StatisticsFilterValidator()
    {
        RuleFor(x => x.Level).Must(level => level is null or 2 or 3 or 4)
            .WithMessage(_ => Localized.Text("Mức độ dịch vụ là 2 (thông tin trực tuyến), 3 (một phần) hoặc 4 (toàn trình).", "The service level is 2 (information only), 3 (partial) or 4 (full)."));
    }
}
