using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Auth.Commands.SignInWithPassword;

/// <summary>Signs in with a user name (or e-mail) and password and starts a session.</summary>
/// <param name="UserName">User name or e-mail.</param>
/// <param name="Password">Password.</param>
/// <param name="ClientIp">Address of the caller, kept with the refresh token.</param>
public sealed record SignInWithPassword(string UserName, string Password, string? ClientIp) : IRequest<SessionTokens>;

internal sealed class SignInWithPasswordHandler(IIdentityService identity, SessionTokenService sessions)
    : IRequestHandler<SignInWithPassword, SessionTokens>
{
    public async Task<SessionTokens> Handle(SignInWithPassword request, CancellationToken cancellationToken)
    {
        var check = await identity.CheckPasswordAsync(request.UserName, request.Password, cancellationToken);
        return check.Outcome switch
        {
            PasswordCheckOutcome.Succeeded => await sessions.StartAsync(check.Account!, request.ClientIp, cancellationToken),
            PasswordCheckOutcome.LockedOut => throw LockedOut(),
            _ => throw new AuthenticationFailedException(
                AuthenticationFailedException.InvalidCredentials,
                Localized.Text("Tên đăng nhập hoặc mật khẩu không đúng.", "The user name or password is incorrect.")),
        };
    }

    internal static AuthenticationFailedException LockedOut() => new(
        AuthenticationFailedException.LockedOut,
        Localized.Text(
            "Tài khoản đang bị khóa theo quyết định của quản trị viên. Vui lòng liên hệ quản trị viên đơn vị.",
            "The account is locked by an administrator. Contact your agency's administrator."));
}
