using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Calendar.Commands.SaveCalendarYear;

/// <summary>Creates or replaces a year's schedule (days off and make-up working days), official with its sources or proposed.</summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record SaveCalendarYear(
    int Year,
    ScheduleStatus Status,
    IReadOnlyList<string> Sources,
    IReadOnlyList<DayOff> DaysOff,
    IReadOnlyList<MakeUpWorkingDay> MakeUpWorkingDays) : IRequest<CalendarYearDto>;

internal sealed class SaveCalendarYearHandler(IAppDbContext db, IWorkingCalendarProvider calendars) : IRequestHandler<SaveCalendarYear, CalendarYearDto>
{
    public async Task<CalendarYearDto> Handle(SaveCalendarYear request, CancellationToken cancellationToken)
    {
        var year = await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == request.Year, cancellationToken);
        if (year is null)
        {
            year = request.Status == ScheduleStatus.Official
                ? CalendarYear.Official(request.Year, request.Sources, request.DaysOff, request.MakeUpWorkingDays)
                : CalendarYear.Proposed(request.Year, request.Sources, request.DaysOff, request.MakeUpWorkingDays);
            db.CalendarYears.Add(year);
        }
        else
        {
            year.Revise(request.Status, request.Sources, request.DaysOff, request.MakeUpWorkingDays);
        }

        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return CalendarYearDto.From(year);
    }
}
