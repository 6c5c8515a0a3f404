using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Notifications.Commands.MarkAllNotificationsRead;
using HanoiDvc.Application.Notifications.Commands.MarkNotificationRead;
using HanoiDvc.Application.Notifications.Queries.GetMyNotifications;
using HanoiDvc.Application.Notifications.Queries.GetUnreadNotificationCount;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>The signed-in user's in-app notifications; each user sees and marks only their own.</summary>
internal static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/me/notifications").WithTags("Notifications")
            .RequireAuthorization(Policies.Authenticated)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/", GetMyNotifications).WithName(nameof(GetMyNotifications))
            .WithSummary("My notifications, newest first, in the request's language")
            .WithDescription("Any signed-in user: notices about their dossiers (received, supplement requested, result ready, payment confirmed…), paged, titles and texts"
                + " in Vietnamese or English by `Accept-Language`.")
            .ProducesValidationProblem();
        group.MapGet("/unread-count", GetUnreadNotificationCount).WithName(nameof(GetUnreadNotificationCount))
            .WithSummary("How many of my notifications are unread")
            .WithDescription("Any signed-in user: the number of their notifications not yet marked read, for the bell in the page header.");
        group.MapPost("/{id:guid}/read", MarkNotificationRead).WithName(nameof(MarkNotificationRead))
            .WithSummary("Marks one of my notifications read")
            .WithDescription("Any signed-in user, on their own notification (someone else's is a 404). Marking twice changes nothing.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/read-all", MarkAllNotificationsRead).WithName(nameof(MarkAllNotificationsRead))
            .WithSummary("Marks all my notifications read")
            .WithDescription("Any signed-in user: marks every unread notification of theirs read and answers how many were marked.");
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="unreadOnly">Only unread ones (default false).</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<NotificationDto>>> GetMyNotifications(
        IMediator mediator, bool? unreadOnly, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyNotifications(unreadOnly ?? false, page ?? 1, pageSize ?? 20), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<UnreadCountDto>> GetUnreadNotificationCount(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetUnreadNotificationCount(), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The notification.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<NoContent> MarkNotificationRead(IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkNotificationRead(id), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<MarkedReadDto>> MarkAllNotificationsRead(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MarkedReadDto(await mediator.Send(new MarkAllNotificationsRead(), cancellationToken)));

    /// <summary>How many notifications were marked read.</summary>
    /// <param name="Marked">The count.</param>
    public sealed record MarkedReadDto(int Marked);
}
