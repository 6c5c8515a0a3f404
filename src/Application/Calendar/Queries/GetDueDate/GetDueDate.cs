using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Calendar.Queries.GetDueDate;

/// <summary>
/// When a dossier submitted at <paramref name="SubmittedAt"/> counts as received, and when it is due for a limit of
/// <paramref name="WorkingDays"/> working days, or "within the day" when <paramref name="WithinDay"/> is set.
/// </summary>
public sealed record GetDueDate(DateTimeOffset SubmittedAt, decimal? WorkingDays, bool WithinDay) : IRequest<DueDateDto>;

/// <summary>Received and due instants (UTC) with their local (Asia/Ho_Chi_Minh) times.</summary>
public sealed record DueDateDto(DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTime ReceivedAtLocal, DateTime DueAtLocal);

internal sealed class GetDueDateHandler(IWorkingCalendarProvider calendars) : IRequestHandler<GetDueDate, DueDateDto>
{
    public async Task<DueDateDto> Handle(GetDueDate request, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var received = calendar.ReceivedAt(request.SubmittedAt);
        var due = request.WithinDay
            ? calendar.DueWithinTheDay(received, WorkingCalendar.DefaultCutOff)
            : calendar.Add(received, WorkingDuration.FromDays(request.WorkingDays!.Value));
        return new DueDateDto(
            received,
            due,
            TimeZoneInfo.ConvertTime(received, calendar.TimeZone).DateTime,
            TimeZoneInfo.ConvertTime(due, calendar.TimeZone).DateTime);
    }
}
