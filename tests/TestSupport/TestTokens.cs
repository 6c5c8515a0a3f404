using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HanoiDvc.TestSupport;

/// <summary>Access tokens signed with the test host's key, as the API's own token endpoint would issue them.</summary>
public static class TestTokens
{
    public static string For(Guid userId, string name, IEnumerable<string> roles, Guid? agencyId = null)
    {
        var claims = new List<Claim> { new("sub", userId.ToString()), new("name", name) };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        if (agencyId is { } agency)
        {
            claims.Add(new Claim("agency_id", agency.ToString()));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "hanoidvc",
            Audience = "hanoidvc-api",
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(HanoiDvcFactory.TestSigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Sends requests as a user with <paramref name="roles"/>.</summary>
    public static HttpClient As(this HttpClient client, params string[] roles)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", For(Guid.NewGuid(), "Test user", roles));
        return client;
    }
}
