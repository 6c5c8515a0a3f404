namespace HanoiDvc.Application.Officials.Commands.SetOfficialRoles;

/// <summary>Replaces an official's roles. The new roles are in the official's next access token (at the latest after a refresh).</summary>
/// <param name="Id">The official's account id.</param>
/// <param name="Roles">The complete new set of roles.</param>
[RequiresRole(Common.Security.Roles.AgencyAdmin, Common.Security.Roles.SystemAdmin)]
public sealed record SetOfficialRoles(Guid Id, IReadOnlyList<string> Roles) : IRequest<OfficialDto>;

internal sealed class SetOfficialRolesHandler(IAgencyScope scope, IOfficialAccounts officials) : IRequestHandler<SetOfficialRoles, OfficialDto>
{
    public async Task<OfficialDto> Handle(SetOfficialRoles request, CancellationToken cancellationToken)
    {
        var official = await officials.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("Official", request.Id);
        await scope.EnsureCanManageAsync(official, cancellationToken);
        scope.EnsureCanGrant(request.Roles);
        await officials.SetRolesAsync(request.Id, request.Roles, cancellationToken);
        return (await officials.FindAsync(request.Id, cancellationToken))!;
    }
}
