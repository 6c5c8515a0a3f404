using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using HanoiDvc.Domain.Accounts;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Auth.Common;

/// <summary>Starts, finds and ends sign-in sessions: refresh tokens are 256 random bits, stored only as their SHA-256.</summary>
internal sealed class SessionTokenService(IAppDbContext db, IAccessTokenIssuer issuer, IOptions<TokenLifetimeOptions> options, TimeProvider clock)
{
    public TimeSpan RefreshLifetime => TimeSpan.FromDays(options.Value.RefreshTokenDays);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>A new session (a new token family) for the account.</summary>
    public async Task<SessionTokens> StartAsync(AccountSummary account, string? clientIp, CancellationToken cancellationToken)
    {
        var (token, hash) = NewToken();
        var stored = RefreshToken.Issue(account.Id, hash, Now, RefreshLifetime, clientIp);
        db.RefreshTokens.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return new SessionTokens(issuer.Issue(account, stored.FamilyId), token, stored.ExpiresAt);
    }

    /// <summary>The stored token that matches the presented one, or null.</summary>
    public Task<RefreshToken?> FindAsync(string? presented, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(presented) || presented.Length > 200
            ? Task.FromResult<RefreshToken?>(null)
            : db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == Hash(presented), cancellationToken);

    /// <summary>Revokes every still-usable token of the session (used on logout and when a used token comes back).</summary>
    public async Task RevokeFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var now = Now;
        await db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    /// <summary>Revokes every still-usable token of the account (e.g. when an administrator locks it).</summary>
    public async Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = Now;
        await db.RefreshTokens
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    /// <summary>A fresh token and its hash.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
