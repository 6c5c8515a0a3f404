using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Calendar.Commands.ProposeCalendarYear;
using HanoiDvc.Application.Calendar.Commands.SaveCalendarYear;
using HanoiDvc.Application.Calendar.Queries.GetCalendarYear;
using HanoiDvc.Application.Calendar.Queries.GetDueDate;
using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>The working-day calendar: public schedules and due dates; schedule administration for system administrators.</summary>
internal static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup("/api/v1/calendar").WithTags("Working-day calendar").AllowAnonymous();
        calendar.MapGet("/{year:int}", GetCalendarYear).WithName(nameof(GetCalendarYear))
            .WithSummary("Days off and make-up working days of a year")
            .WithDescription("Any signed-in user. The schedule due dates are computed with: public holidays, Tết, substitute days off and make-up working Saturdays.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        calendar.MapGet("/due-date", GetDueDate).WithName(nameof(GetDueDate))
            .WithSummary("When a submission counts as received and when it is due")
            .WithDescription("Outside working hours (08:00–12:00, 13:00–17:00 Asia/Ho_Chi_Minh, Monday–Friday except days off, plus make-up days) a submission counts from the next working period. `withinDay=true`: due the same working day, or the next one after 15:00.")
            .ProducesValidationProblem();

        var admin = app.MapGroup("/api/v1/admin/calendar").WithTags("Calendar administration")
            .RequireAuthorization(Policies.ManageCalendar)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPut("/{year:int}", SaveCalendarYear).WithName(nameof(SaveCalendarYear))
            .WithSummary("Create or replace a year's schedule")
            .WithDescription("SystemAdmin only. The days off (public holidays, Tết) and make-up working days of a year, with the decisions they follow. Due dates computed"
                + " after the change use it; dossiers already received keep their due date. A day off on a weekend is accepted and flagged; a make-up day must "
                + "be a weekend day.");
        admin.MapPost("/{year:int}/proposal", ProposeCalendarYear).WithName(nameof(ProposeCalendarYear))
            .WithSummary("Generate a proposed schedule from the rules and the Vietnamese lunar calendar")
            .WithDescription("SystemAdmin only. Computes the fixed holidays and the lunar ones (Tết, Hùng Kings) of the year with the usual substitutions, as a proposal "
                + "(status `Proposed`) to check against the government's announcement before saving it with `PUT`.");
    }

    public static async Task<Ok<CalendarYearDto>> GetCalendarYear(IMediator mediator, int year, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCalendarYear(year), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="submittedAt">The submission instant, ISO 8601 with offset (e.g. 2026-02-13T16:30:00+07:00).</param>
    /// <param name="workingDays">Time limit in working days (fractions allowed).</param>
    /// <param name="withinDay">True for procedures resolved within the day.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<DueDateDto>> GetDueDate(
        IMediator mediator, DateTimeOffset submittedAt, decimal? workingDays, bool? withinDay, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetDueDate(submittedAt, workingDays, withinDay ?? false), cancellationToken));

    public static async Task<Ok<CalendarYearDto>> SaveCalendarYear(IMediator mediator, int year, CalendarYearInput input, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new SaveCalendarYear(year, input.Status, input.Sources, input.DaysOff, input.MakeUpWorkingDays), cancellationToken));

    public static async Task<Ok<CalendarYearDto>> ProposeCalendarYear(IMediator mediator, int year, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ProposeCalendarYear(year), cancellationToken));

    /// <summary>A year's schedule as an administrator submits it.</summary>
    public sealed record CalendarYearInput(
        ScheduleStatus Status,
        IReadOnlyList<string> Sources,
        IReadOnlyList<DayOff> DaysOff,
        IReadOnlyList<MakeUpWorkingDay> MakeUpWorkingDays);
}
