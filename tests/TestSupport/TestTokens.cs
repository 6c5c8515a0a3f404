using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.Infrastructure.Identity;
using HanoiDvc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HanoiDvc.TestSupport;

/// <summary>
/// Access tokens signed with the test host's key for any roles, as the API's own token endpoint would issue them: each
/// belongs to a real account (created when the id is new) and a real session, so the host's session check passes.
/// </summary>
public static class TestTokens
{
    /// <summary>A token for <paramref name="userId"/> with exactly these roles and agency, in a new session of that account.</summary>
    public static async Task<string> ForAsync(IServiceProvider services, Guid userId, string name, IEnumerable<string> roles, Guid? agencyId = null)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            user = new ApplicationUser
            {
                Id = userId,
                UserName = $"test.{userId:N}",
                FullName = name,
                AgencyId = agencyId,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = RefreshToken.Issue(userId, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), DateTimeOffset.UtcNow, TimeSpan.FromDays(1), null);
        db.RefreshTokens.Add(session);
        await db.SaveChangesAsync();

        var claims = new List<Claim>
        {
            new("sub", userId.ToString()),
            new("name", name),
            new("sid", session.FamilyId.ToString()),
            new("stamp", SessionStamp.Digest(await users.GetSecurityStampAsync(user) ?? string.Empty)),
        };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        if (agencyId is { } agency)
        {
            claims.Add(new Claim("agency_id", agency.ToString()));
        }

        return Sign(claims);
    }

    /// <summary>A five-minute token with exactly these claims, signed with the test host's key (no account or session behind it).</summary>
    public static string Sign(IEnumerable<Claim> claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "hanoidvc",
            Audience = "hanoidvc-api",
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(HanoiDvcFactory.TestSigningKey)), SecurityAlgorithms.HmacSha256),
        });

    /// <summary>Sends requests as a new user of <paramref name="host"/> with <paramref name="roles"/>.</summary>
    public static async Task<HttpClient> AsAsync(this HttpClient client, WebApplicationFactory<Program> host, params string[] roles)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ForAsync(host.Services, Guid.NewGuid(), "Test user", roles));
        return client;
    }
}
