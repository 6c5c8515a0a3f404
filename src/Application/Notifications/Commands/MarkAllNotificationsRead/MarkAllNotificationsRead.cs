namespace HanoiDvc.Application.Notifications.Commands.MarkAllNotificationsRead;

/// <summary>Marks every unread notification of the signed-in user read; returns how many.</summary>
[RequiresRole]
public sealed record MarkAllNotificationsRead : IRequest<int>;

internal sealed class MarkAllNotificationsReadHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkAllNotificationsRead, int>
{
    public async Task<int> Handle(MarkAllNotificationsRead request, CancellationToken cancellationToken)
    {
        var userId = user.UserId!.Value;
        var now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.RecipientId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
