using FluentValidation.Results;
using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Accounts.Commands.ResetPassword;

/// <summary>
/// Sets a new password with the token of a reset link: the same password rules as registration (checked here, then by
/// Identity with the account's own details), the token used once, and every session of the account ended (its refresh
/// tokens revoked, its security stamp changed, so access tokens stop working at once too).
/// </summary>
/// <param name="Token">The token from the link.</param>
/// <param name="NewPassword">The new password.</param>
public sealed record ResetPassword(string Token, string NewPassword) : IRequest<Unit>;

internal sealed class ResetPasswordHandler(IIdentityService identity, TimeProvider clock) : IRequestHandler<ResetPassword, Unit>
{
    public async Task<Unit> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        if (!await identity.ResetPasswordAsync(SessionTokenService.Hash(request.Token), request.NewPassword, clock.GetUtcNow(), cancellationToken))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(ResetPassword.Token), Localized.Text(
                "Liên kết đặt lại mật khẩu không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng yêu cầu liên kết mới.",
                "The password reset link is not valid, was already used or has expired. Ask for a new link."))]);
        }

        return Unit.Value;
    }
}
