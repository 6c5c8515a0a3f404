namespace HanoiDvc.Application.Notifications.Commands.MarkNotificationRead;

/// <summary>Marks one of the signed-in user's notifications read (again is harmless); someone else's is 404, as if it did not exist.</summary>
/// <param name="Id">The notification.</param>
[RequiresRole]
public sealed record MarkNotificationRead(Guid Id) : IRequest<Unit>;

internal sealed class MarkNotificationReadHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkNotificationRead, Unit>
{
    public async Task<Unit> Handle(MarkNotificationRead request, CancellationToken cancellationToken)
    {
        var userId = user.UserId!.Value;
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == request.Id && n.RecipientId == userId, cancellationToken)
            ?? throw new NotFoundException("Notification", request.Id);
        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
