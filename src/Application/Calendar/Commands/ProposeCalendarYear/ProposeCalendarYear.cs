using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Calendar.Commands.ProposeCalendarYear;

/// <summary>
/// Generates a year's days off from the rules (solar holidays; Tết and Hùng Kings' day from the Vietnamese lunar calendar;
/// compensatory days) and stores it as <c>Proposed</c>, replacing an earlier proposal. An official year is never overwritten.
/// </summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record ProposeCalendarYear(int Year) : IRequest<CalendarYearDto>;

internal sealed class ProposeCalendarYearHandler(IAppDbContext db, IWorkingCalendarProvider calendars) : IRequestHandler<ProposeCalendarYear, CalendarYearDto>
{
    public async Task<CalendarYearDto> Handle(ProposeCalendarYear request, CancellationToken cancellationToken)
    {
        // This rule reproduces every Tết break decided from 2017 to 2026 (the default rule only three of them).
        var proposal = new HolidayScheduleProposer(LunarNewYearRule.AlignedToWorkingWeek).Propose(request.Year);
        var year = await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == request.Year, cancellationToken);
        if (year is null)
        {
            db.CalendarYears.Add(year = proposal);
        }
        else if (year.Status == ScheduleStatus.Official)
        {
            throw new DomainException("calendar.already_official", $"The schedule of {request.Year} is official; edit it instead of generating a proposal.");
        }
        else
        {
            year.Revise(ScheduleStatus.Proposed, proposal.Sources, proposal.DaysOff, proposal.MakeUpWorkingDays);
        }

        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return CalendarYearDto.From(year);
    }
}
