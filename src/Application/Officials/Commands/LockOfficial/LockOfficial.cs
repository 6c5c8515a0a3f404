using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Officials.Commands.LockOfficial;

/// <summary>Locks an official's account until it is unlocked and ends all of its sessions (its refresh tokens are revoked).</summary>
/// <param name="Id">The official's account id.</param>
[RequiresRole(Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record LockOfficial(Guid Id) : IRequest<Unit>;

internal sealed class LockOfficialHandler(ICurrentUser currentUser, IAgencyScope scope, IOfficialAccounts officials, SessionTokenService sessions)
    : IRequestHandler<LockOfficial, Unit>
{
    public async Task<Unit> Handle(LockOfficial request, CancellationToken cancellationToken)
    {
        var official = await officials.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("Official", request.Id);
        await scope.EnsureCanManageAsync(official, cancellationToken);
        if (official.Id == currentUser.UserId)
        {
            throw new ConflictException("official.cannot_lock_self", Localized.Text("Không thể tự khóa tài khoản của mình.", "You cannot lock your own account."));
        }

        await officials.SetLockedAsync(request.Id, locked: true, cancellationToken);
        await sessions.RevokeAllAsync(request.Id, cancellationToken);
        return Unit.Value;
    }
}
