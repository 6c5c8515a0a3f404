namespace HanoiDvc.Application.Officials.Commands.UnlockOfficial;

/// <summary>Unlocks an official's account (locked by an administrator or by failed sign-ins) and clears its failed attempts.</summary>
/// <param name="Id">The official's account id.</param>
[RequiresRole(Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record UnlockOfficial(Guid Id) : IRequest<Unit>;

internal sealed class UnlockOfficialHandler(IAgencyScope scope, IOfficialAccounts officials) : IRequestHandler<UnlockOfficial, Unit>
{
    public async Task<Unit> Handle(UnlockOfficial request, CancellationToken cancellationToken)
    {
        var official = await officials.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("Official", request.Id);
        await scope.EnsureCanManageAsync(official, cancellationToken);
        await officials.SetLockedAsync(request.Id, locked: false, cancellationToken);
        return Unit.Value;
    }
}
