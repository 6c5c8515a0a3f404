using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Calendar.Commands.SaveCalendarYear;

internal sealed class SaveCalendarYearValidator : AbstractValidator<SaveCalendarYear>
{
    public SaveCalendarYearValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Sources).NotEmpty().When(x => x.Status == ScheduleStatus.Official)
            .WithMessage(_ => Localized.Text("Lịch chính thức phải nêu văn bản quyết định.", "An official schedule must name the decisions it follows."));
        RuleForEach(x => x.DaysOff).ChildRules(day =>
        {
            day.RuleFor(d => d.Name).NotEmpty().MaximumLength(200);
            day.RuleFor(d => d.Kind).IsInEnum();
        });
        RuleForEach(x => x.DaysOff).Must((command, day) => day.Date.Year == command.Year)
            .WithMessage(_ => Localized.Text("Ngày nghỉ phải thuộc năm đang sửa.", "A day off must fall in the year being edited."));
        RuleForEach(x => x.MakeUpWorkingDays).ChildRules(day => day.RuleFor(d => d.Name).NotEmpty().MaximumLength(200));
    }
}
