using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Writes access tokens for people and integrators alike: issuer, audience and <c>Jwt:SigningKey</c> (HMAC-SHA256) from
/// <see cref="JwtOptions"/>, with a fresh <c>jti</c>. What differs between the two kinds of caller is only their claims.
/// </summary>
internal static class SignedTokens
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>A token with <paramref name="claims"/>, valid from <paramref name="now"/> for <paramref name="lifetime"/>.</summary>
    public static string Create(JwtOptions jwt, Dictionary<string, object> claims, DateTimeOffset now, TimeSpan lifetime)
    {
        claims[JwtRegisteredClaimNames.Jti] = Guid.CreateVersion7().ToString("N");
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
