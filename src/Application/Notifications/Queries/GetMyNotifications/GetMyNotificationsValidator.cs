using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Notifications.Queries.GetMyNotifications;

internal sealed class GetMyNotificationsValidator : AbstractValidator<GetMyNotifications>
{
    public GetMyNotificationsValidator() => Include(new PagingValidator());
}
