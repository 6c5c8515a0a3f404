using HanoiDvc.Application.Auth.Commands.SignInWithPassword;
using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Auth.Commands.RefreshSession;

/// <summary>
/// Exchanges a refresh token for a new access token and a new refresh token (rotation). A token that was already
/// exchanged or revoked revokes its whole session: someone else holds a copy.
/// </summary>
/// <param name="RefreshToken">The token from the refresh cookie.</param>
/// <param name="ClientIp">Address of the caller, kept with the new refresh token.</param>
public sealed record RefreshSession(string? RefreshToken, string? ClientIp) : IRequest<SessionTokens>;

internal sealed class RefreshSessionHandler(IAppDbContext db, IIdentityService identity, SessionTokenService sessions, IAccessTokenIssuer issuer)
    : IRequestHandler<RefreshSession, SessionTokens>
{
    public async Task<SessionTokens> Handle(RefreshSession request, CancellationToken cancellationToken)
    {
        var stored = await sessions.FindAsync(request.RefreshToken, cancellationToken) ?? throw Invalid();
        var now = sessions.Now;
        if (stored.RevokedAt is not null)
        {
            await sessions.RevokeFamilyAsync(stored.FamilyId, cancellationToken);
            throw new AuthenticationFailedException(
                AuthenticationFailedException.RefreshTokenReused,
                Localized.Text(
                    "Phiên đăng nhập đã bị thu hồi vì mã làm mới được dùng lại. Vui lòng đăng nhập lại.",
                    "The session was revoked because a refresh token was used twice. Sign in again."));
        }

        if (!stored.IsActive(now))
        {
            throw Invalid();
        }

        var account = await identity.FindAccountAsync(stored.UserId, cancellationToken);
        if (account is null || account.IsLockedOut)
        {
            await sessions.RevokeFamilyAsync(stored.FamilyId, cancellationToken);
            throw account is null ? Invalid() : SignInWithPasswordHandler.LockedOut();
        }

        var (token, hash) = SessionTokenService.NewToken();
        var next = stored.Rotate(hash, now, sessions.RefreshLifetime, request.ClientIp);
        db.RefreshTokens.Add(next);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request exchanged the same token a moment earlier; that one won.
            throw Invalid();
        }

        return new SessionTokens(issuer.Issue(account, next.FamilyId), token, next.ExpiresAt);
    }

    private static AuthenticationFailedException Invalid() => new(
        AuthenticationFailedException.InvalidRefreshToken,
        Localized.Text("Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.", "The session is not valid or has expired. Sign in again."));
}
