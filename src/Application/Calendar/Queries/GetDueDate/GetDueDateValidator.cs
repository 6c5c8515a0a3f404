using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Calendar.Queries.GetDueDate;

internal sealed class GetDueDateValidator : AbstractValidator<GetDueDate>
{
    public GetDueDateValidator()
    {
        RuleFor(x => x.WorkingDays).NotNull().InclusiveBetween(0.125m, 365m).When(x => !x.WithinDay)
            .WithMessage(_ => Localized.Text("Số ngày làm việc từ 0,125 đến 365 (hoặc chọn trong ngày).", "Working days between 0.125 and 365 (or choose within the day)."));
        RuleFor(x => x.SubmittedAt.Year).InclusiveBetween(2000, 2100).OverridePropertyName("submittedAt");
    }
}
