namespace HanoiDvc.Application.Officials.Commands.CreateOfficial;

/// <summary>
/// Creates an official's account in an agency the caller manages, with roles and a temporary password to hand over.
/// An AgencyAdmin may not grant SystemAdmin.
/// </summary>
/// <param name="FullName">Full name.</param>
/// <param name="Email">Work e-mail, unique.</param>
/// <param name="UserName">Sign-in name (letters, digits, <c>.</c>, <c>-</c>, <c>_</c>).</param>
/// <param name="AgencyId">The agency the official works for.</param>
/// <param name="Roles">Receptionist, Specialist, Leader, AgencyAdmin and/or SystemAdmin.</param>
/// <param name="TemporaryPassword">Initial password, same rules as any password.</param>
[RequiresRole(Common.Security.Roles.AgencyAdmin, Common.Security.Roles.SystemAdmin)]
public sealed record CreateOfficial(
    string FullName, string Email, string UserName, Guid AgencyId, IReadOnlyList<string> Roles, string TemporaryPassword)
    : IRequest<OfficialDto>;

internal sealed class CreateOfficialHandler(IAgencyScope scope, IOfficialAccounts officials) : IRequestHandler<CreateOfficial, OfficialDto>
{
    public async Task<OfficialDto> Handle(CreateOfficial request, CancellationToken cancellationToken)
    {
        await scope.EnsureCanManageAsync(request.AgencyId, cancellationToken);
        scope.EnsureCanGrant(request.Roles);
        var official = new NewOfficial(request.UserName.Trim(), request.FullName.Trim(), request.Email.Trim(), request.AgencyId, request.Roles);
        var id = await officials.CreateAsync(official, request.TemporaryPassword, cancellationToken);
        return (await officials.FindAsync(id, cancellationToken))!;
    }
}
