using System.Security.Claims;
using HanoiDvc.Application.Integrations;
using HanoiDvc.Application.Integrations.Clients;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Access tokens of integrators (OAuth2 client credentials): the same issuer, audience and key as people's tokens, for
/// <c>Integrations:AccessTokenMinutes</c>, with <c>client_id</c>, <c>scope</c>, one <c>client_agency</c> per agency and
/// <c>client_ver</c>. They carry no role, so no policy of people accepts them.
/// </summary>
internal sealed class ClientTokens(IOptions<JwtOptions> jwt, IOptions<IntegrationOptions> integration, TimeProvider clock)
{
    public (string Token, int ExpiresIn) Issue(ClientGrant grant)
    {
        var now = clock.GetUtcNow();
        var lifetime = TimeSpan.FromMinutes(integration.Value.AccessTokenMinutes);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [AppClaimTypes.Subject] = grant.ClientId.ToString(),
            [AppClaimTypes.ClientId] = grant.ClientId.ToString(),
            [AppClaimTypes.Name] = grant.Name,
            [AppClaimTypes.Scope] = string.Join(' ', grant.Scopes),
            [AppClaimTypes.ClientVersion] = grant.TokenVersion,
        };
        if (grant.AgencyIds.Count > 0)
        {
            claims[AppClaimTypes.ClientAgency] = grant.AgencyIds.Select(a => a.ToString()).ToArray();
        }

        var token = SignedTokens.Create(jwt.Value, claims, now, lifetime);
        return (token, (int)lifetime.TotalSeconds);
    }

    /// <summary>Whether the principal is an integrator's.</summary>
    public static bool IsClient(ClaimsPrincipal user) => user.HasClaim(c => c.Type == AppClaimTypes.ClientId);

    /// <summary>The scopes of an integrator's token.</summary>
    public static IReadOnlyList<string> Scopes(ClaimsPrincipal user) =>
        [.. user.FindAll(AppClaimTypes.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
}
