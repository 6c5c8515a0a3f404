using HanoiDvc.Application.Auth.Commands.SignInWithPassword;
using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Accounts;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Auth.Commands.RefreshSession;

/// <summary>
/// Exchanges a refresh token for a new access token and a new refresh token (rotation). A token that was already
/// exchanged or revoked revokes its whole session: someone else holds a copy — except a repeat from the same client
/// within <see cref="TokenLifetimeOptions.RefreshReuseGraceSeconds"/> of the exchange (two tabs refreshing at once),
/// which is answered with an access token of the same session.
/// </summary>
/// <param name="RefreshToken">The token from the refresh cookie.</param>
/// <param name="ClientIp">Address of the caller, kept with the new refresh token.</param>
public sealed record RefreshSession(string? RefreshToken, string? ClientIp) : IRequest<SessionTokens>;

internal sealed class RefreshSessionHandler(
    IAppDbContext db, IIdentityService identity, SessionTokenService sessions, IAccessTokenIssuer issuer, IOptions<TokenLifetimeOptions> options)
    : IRequestHandler<RefreshSession, SessionTokens>
{
    public async Task<SessionTokens> Handle(RefreshSession request, CancellationToken cancellationToken)
    {
        var stored = await sessions.FindAsync(request.RefreshToken, cancellationToken) ?? throw Invalid();
        var now = sessions.Now;
        if (stored.RevokedAt is not null)
        {
            return await RepeatOrRevokeAsync(stored, request.ClientIp, now, cancellationToken);
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
            // Another request exchanged the same token a moment earlier (the row's xmin changed under us); that one won.
            // Read what it wrote and answer as if this request had arrived just after it.
            db.DiscardChanges();
            var exchanged = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == stored.Id, cancellationToken);
            if (exchanged?.RevokedAt is null)
            {
                throw Invalid();
            }

            return await RepeatOrRevokeAsync(exchanged, request.ClientIp, sessions.Now, cancellationToken);
        }

        return new SessionTokens(issuer.Issue(account, next.FamilyId), token, next.ExpiresAt);
    }

    /// <summary>
    /// A token that was already exchanged comes back. Within the grace window and from the client that made the successor,
    /// the caller gets a new access token of the successor's session (same <c>sid</c>) and no new refresh token.
    /// Why not the successor's refresh token itself: only its SHA-256 is stored, so it cannot be given again; making it
    /// derivable from the old token (a keyed hash) would turn any copy of an old token into the live one for good.
    /// Why not a new successor: that would fork the session into two live branches, and a thief racing the owner would
    /// get a branch of their own. So the answer sets no cookie: the browser keeps the successor the winning request put in
    /// its (shared) cookie jar, and there stays one live token per session. After the window, from another address, or
    /// once the successor is gone (used, signed out), it is reuse: the whole session is revoked.
    /// </summary>
    private async Task<SessionTokens> RepeatOrRevokeAsync(RefreshToken used, string? clientIp, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var grace = TimeSpan.FromSeconds(options.Value.RefreshReuseGraceSeconds);
        if (used.ReplacedById is { } successorId
            && await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == successorId, cancellationToken) is { } successor
            && used.MayRepeatExchange(successor, now, grace, clientIp)
            && await identity.FindAccountAsync(successor.UserId, cancellationToken) is { IsLockedOut: false } account)
        {
            return new SessionTokens(issuer.Issue(account, successor.FamilyId), null, successor.ExpiresAt);
        }

        await sessions.RevokeFamilyAsync(used.FamilyId, cancellationToken);
        throw new AuthenticationFailedException(
            AuthenticationFailedException.RefreshTokenReused,
            Localized.Text(
                "Phiên đăng nhập đã bị thu hồi vì mã làm mới được dùng lại. Vui lòng đăng nhập lại.",
                "The session was revoked because a refresh token was used twice. Sign in again."));
    }

    private static AuthenticationFailedException Invalid() => new(
        AuthenticationFailedException.InvalidRefreshToken,
        Localized.Text("Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.", "The session is not valid or has expired. Sign in again."));
}
