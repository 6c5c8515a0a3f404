namespace HanoiDvc.Application.Calendar.Commands.ProposeCalendarYear;

internal sealed class ProposeCalendarYearValidator : AbstractValidator<ProposeCalendarYear>
{
    public ProposeCalendarYearValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
}
