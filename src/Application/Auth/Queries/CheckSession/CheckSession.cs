using HanoiDvc.Application.Auth.Common;

namespace HanoiDvc.Application.Auth.Queries.CheckSession;

/// <summary>
/// Whether a person's access token may still be used: its session (refresh-token family) has not ended, the account is
/// not locked, and the account's security stamp is the one the token was issued with. Asked on every request, so
/// logout, a lock, a password reset and a reused refresh token end the session at once on every node.
/// </summary>
/// <param name="UserId">The token's <c>sub</c>.</param>
/// <param name="SessionId">The token's <c>sid</c>.</param>
/// <param name="StampDigest">The token's <c>stamp</c>.</param>
public sealed record CheckSession(Guid UserId, Guid SessionId, string StampDigest) : IRequest<bool>;

internal sealed class CheckSessionHandler(IIdentityService identity) : IRequestHandler<CheckSession, bool>
{
    public async Task<bool> Handle(CheckSession request, CancellationToken cancellationToken) =>
        await identity.FindLiveSessionStampAsync(request.UserId, request.SessionId, cancellationToken) is { } stamp
        && SessionStamp.Matches(stamp, request.StampDigest);
}
