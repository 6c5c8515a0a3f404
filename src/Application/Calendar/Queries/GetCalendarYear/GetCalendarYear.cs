namespace HanoiDvc.Application.Calendar.Queries.GetCalendarYear;

/// <summary>The schedule of days off and make-up working days of one year.</summary>
public sealed record GetCalendarYear(int Year) : IRequest<CalendarYearDto>;

internal sealed class GetCalendarYearHandler(IAppDbContext db) : IRequestHandler<GetCalendarYear, CalendarYearDto>
{
    public async Task<CalendarYearDto> Handle(GetCalendarYear request, CancellationToken cancellationToken)
    {
        var year = await db.CalendarYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == request.Year, cancellationToken)
            ?? throw new NotFoundException("Calendar year", request.Year);
        return CalendarYearDto.From(year);
    }
}
