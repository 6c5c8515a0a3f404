using System.Globalization;
using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Notifications.Queries.GetMyNotifications;

/// <summary>The signed-in user's notifications, newest first, in the request's language (Vietnamese unless English was asked for).</summary>
/// <param name="UnreadOnly">Only unread ones.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
[RequiresRole]
public sealed record GetMyNotifications(bool UnreadOnly = false, int Page = 1, int PageSize = 20) : IRequest<PagedList<NotificationDto>>, IPagedQuery;

/// <summary>One notification as the SPA shows it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="DossierId">The dossier, if any.</param>
/// <param name="DossierReference">Its code or tracking number, if any.</param>
/// <param name="Title">Title in the request's language.</param>
/// <param name="Body">Message in the request's language.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="ReadAt">When it was read; null while unread.</param>
public sealed record NotificationDto(Guid Id, NotificationKind Kind, Guid? DossierId, string? DossierReference, string Title, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

internal sealed class GetMyNotificationsHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<GetMyNotifications, PagedList<NotificationDto>>
{
    public async Task<PagedList<NotificationDto>> Handle(GetMyNotifications request, CancellationToken cancellationToken)
    {
        var userId = user.UserId!.Value;
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId);
        if (request.UnreadOnly)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        var total = await mine.CountAsync(cancellationToken);
        var page = await mine.OrderByDescending(n => n.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return new PagedList<NotificationDto>(
            [.. page.Select(n => new NotificationDto(n.Id, n.Kind, n.DossierId, n.DossierReference, english ? n.TitleEn : n.TitleVi, english ? n.BodyEn : n.BodyVi, n.CreatedAt, n.ReadAt))],
            request.Page, request.PageSize, total);
    }
}
