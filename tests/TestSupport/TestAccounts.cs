using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.Infrastructure.Identity;
using HanoiDvc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.TestSupport;

/// <summary>Arranges accounts for tests: users with roles straight through Identity, and clients signed in through the real API.</summary>
public static class TestAccounts
{
    /// <summary>Password of every account these helpers create (meets the password policy).</summary>
    public const string Password = "Test-Password-2026";

    /// <summary>The Department of Education and Training (root of the shipped agencies).</summary>
    public const string DepartmentCode = "000.00.12.H26";

    /// <summary>Creates an account with roles and <see cref="Password"/>; returns its id.</summary>
    public static async Task<Guid> CreateUserAsync(
        IServiceProvider services, string userName, Guid? agencyId, IReadOnlyCollection<string> roles,
        ApplicantType? applicantType = null, string? citizenId = null, string? email = null)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = userName,
            Email = email ?? $"{userName}@test.hanoidvc.local",
            FullName = $"Người dùng {userName}",
            AgencyId = agencyId,
            ApplicantType = applicantType,
            CitizenId = citizenId,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        Check(await users.CreateAsync(user, Password));
        if (roles.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, roles));
        }

        return user.Id;
    }

    /// <summary>The id of the agency with this code.</summary>
    public static async Task<Guid> AgencyIdAsync(IServiceProvider services, string code)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    /// <summary>How many accounts exist (to prove that a refused request wrote nothing).</summary>
    public static async Task<int> CountUsersAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.CountAsync();
    }

    /// <summary>A client on https://localhost, so that the Secure refresh cookie round-trips when cookies are handled.</summary>
    public static HttpClient CreateHttpsClient(this WebApplicationFactory<Program> factory, bool handleCookies = true) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = HanoiDvcFactory.HttpsBaseAddress, HandleCookies = handleCookies });

    /// <summary>Signs in through <c>POST /api/v1/auth/token</c> and returns the access token.</summary>
    public static async Task<string> SignInAsync(HttpClient client, string userName, string password = Password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Creates an account with roles and returns a client signed in as it (bearer header set, refresh cookie kept).</summary>
    public static async Task<(HttpClient Client, Guid UserId)> CreateSignedInClientAsync(
        this WebApplicationFactory<Program> factory, string userName, Guid? agencyId, params string[] roles)
    {
        var userId = await CreateUserAsync(factory.Services, userName, agencyId, roles);
        var client = factory.CreateHttpsClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(client, userName));
        return (client, userId);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
