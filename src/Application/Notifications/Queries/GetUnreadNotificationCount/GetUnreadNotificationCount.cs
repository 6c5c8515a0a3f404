namespace HanoiDvc.Application.Notifications.Queries.GetUnreadNotificationCount;

/// <summary>How many of the signed-in user's notifications are unread (the badge on the bell).</summary>
[RequiresRole]
public sealed record GetUnreadNotificationCount : IRequest<UnreadCountDto>;

/// <summary>The unread count.</summary>
/// <param name="Unread">Unread notifications.</param>
public sealed record UnreadCountDto(int Unread);

internal sealed class GetUnreadNotificationCountHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<GetUnreadNotificationCount, UnreadCountDto>
{
    public async Task<UnreadCountDto> Handle(GetUnreadNotificationCount request, CancellationToken cancellationToken)
    {
        var userId = user.UserId!.Value;
        return new UnreadCountDto(await db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAt == null, cancellationToken));
    }
}
