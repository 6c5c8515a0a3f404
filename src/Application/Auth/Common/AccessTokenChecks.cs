namespace HanoiDvc.Application.Auth.Common;

/// <summary>
/// Whether an access token may still be used, asked by the bearer handler on every authenticated request (decision 0006).
/// It is part of authentication, not a use case, so it is called directly rather than through the MediatR pipeline: the
/// pipeline's logging, audit scope, authorisation, validation and transaction steps are the use cases' (decision 0034).
/// </summary>
public sealed class AccessTokenChecks(IIdentityService identity, IAppDbContext db)
{
    /// <summary>
    /// A person's token: its session (refresh-token family) has not ended, the account is not locked, and the account's
    /// security stamp is the one the token was issued with. Logout, a lock, a password reset and a reused refresh token
    /// therefore end the session at once on every node.
    /// </summary>
    /// <param name="userId">The token's <c>sub</c>.</param>
    /// <param name="sessionId">The token's <c>sid</c>.</param>
    /// <param name="stampDigest">The token's <c>stamp</c>.</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<bool> SessionIsLiveAsync(Guid userId, Guid sessionId, string stampDigest, CancellationToken cancellationToken) =>
        await identity.FindLiveSessionStampAsync(userId, sessionId, cancellationToken) is { } stamp && SessionStamp.Matches(stamp, stampDigest);

    /// <summary>An integrator's token: its client is enabled and the token's version is the client's current one.</summary>
    public Task<bool> ClientTokenIsCurrentAsync(Guid clientId, int tokenVersion, CancellationToken cancellationToken) =>
        db.ApiClients.AsNoTracking().AnyAsync(c => c.Id == clientId && c.DisabledAt == null && c.TokenVersion == tokenVersion, cancellationToken);
}
