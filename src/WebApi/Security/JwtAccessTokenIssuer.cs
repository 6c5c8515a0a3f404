using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Common.Interfaces;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Security;

/// <summary>Signs access tokens with <c>Jwt:SigningKey</c> (HMAC-SHA256) for <c>Jwt:AccessTokenMinutes</c>.</summary>
internal sealed class JwtAccessTokenIssuer(IOptions<JwtOptions> jwt, IOptions<TokenLifetimeOptions> lifetimes, TimeProvider clock)
    : IAccessTokenIssuer
{
    public AccessToken Issue(AccountSummary account, Guid sessionId)
    {
        var now = clock.GetUtcNow();
        var lifetime = TimeSpan.FromMinutes(lifetimes.Value.AccessTokenMinutes);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [AppClaimTypes.Subject] = account.Id.ToString(),
            [AppClaimTypes.Name] = string.IsNullOrWhiteSpace(account.FullName) ? account.UserName : account.FullName,
            [AppClaimTypes.IdentityProvider] = account.IdentityProvider,
            [AppClaimTypes.SessionId] = sessionId.ToString(),
            [AppClaimTypes.SecurityStamp] = SessionStamp.Digest(account.SecurityStamp),
        };
        if (account.Roles.Count > 0)
        {
            claims[AppClaimTypes.Role] = account.Roles.ToArray();
        }

        if (account.AgencyId is { } agencyId)
        {
            claims[AppClaimTypes.AgencyId] = agencyId.ToString();
        }

        if (account.ApplicantType is { } applicantType)
        {
            claims[AppClaimTypes.ApplicantType] = applicantType.ToString();
        }

        return new AccessToken(SignedTokens.Create(jwt.Value, claims, now, lifetime), now + lifetime, (int)lifetime.TotalSeconds);
    }
}
