using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Payments.Queries.GetReconciliation;

internal sealed class GetReconciliationValidator : AbstractValidator<GetReconciliation>
{
    public GetReconciliationValidator()
    {
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From)
            .WithMessage(_ => Localized.Text("Ngày cuối không trước ngày đầu.", "The last day is not before the first."));
        RuleFor(x => x.To).Must((q, to) => to.DayNumber - q.From.DayNumber <= 366)
            .WithMessage(_ => Localized.Text("Đối soát tối đa một năm mỗi lần.", "Reconcile at most one year at a time."));
    }
}
