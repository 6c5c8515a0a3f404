using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Common.Validation;

namespace HanoiDvc.Application.Officials.Commands.ResetOfficialPassword;

/// <summary>
/// An administrator gives an official who lost their password a new temporary one (to hand over, like at creation) and
/// ends all of the account's sessions.
/// </summary>
/// <param name="Id">The official's account id.</param>
/// <param name="TemporaryPassword">The new password, same rules as any password.</param>
[RequiresRole(Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record ResetOfficialPassword(Guid Id, string TemporaryPassword) : IRequest<Unit>;

internal sealed class ResetOfficialPasswordValidator : AbstractValidator<ResetOfficialPassword>
{
    public ResetOfficialPasswordValidator() => RuleFor(x => x.TemporaryPassword).StrongPassword();
}

internal sealed class ResetOfficialPasswordHandler(IAgencyScope scope, IOfficialAccounts officials, SessionTokenService sessions)
    : IRequestHandler<ResetOfficialPassword, Unit>
{
    public async Task<Unit> Handle(ResetOfficialPassword request, CancellationToken cancellationToken)
    {
        var official = await officials.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("Official", request.Id);
        await scope.EnsureCanManageAsync(official, cancellationToken);
        await officials.SetPasswordAsync(request.Id, request.TemporaryPassword, cancellationToken);
        await sessions.RevokeAllAsync(request.Id, cancellationToken);
        return Unit.Value;
    }
}
