using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Statistics.ServiceIndex;

namespace HanoiDvc.Application.Statistics.Queries.GetServiceIndex;

/// <summary>A known kind, a year of this century, a month 1–12, a quarter 1–4, a year's number 1.</summary>
internal sealed class GetServiceIndexValidator : AbstractValidator<GetServiceIndex>
{
    public GetServiceIndexValidator()
    {
        RuleFor(x => x.Kind).IsInEnum()
            .WithMessage(_ => Localized.Text("Kỳ là tháng, quý hoặc năm.", "The period is a month, a quarter or a year."));
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100)
            .WithMessage(_ => Localized.Text("Năm từ 2000 đến 2100.", "The year is from 2000 to 2100."));
        RuleFor(x => x.Number).Must((q, number) => number >= 1 && number <= ServiceIndexPeriod.MaxNumber(q.Kind)).When(q => Enum.IsDefined(q.Kind))
            .WithMessage(q => Localized.Text(
                $"Số của kỳ từ 1 đến {ServiceIndexPeriod.MaxNumber(q.Kind)}.", $"The period's number is from 1 to {ServiceIndexPeriod.MaxNumber(q.Kind)}."));
    }
}
