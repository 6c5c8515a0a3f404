using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Auth;

/// <summary>An access token dies with its session: the very next request after a lock, a logout, a password reset or a reused refresh token is 401.</summary>
public sealed class SessionEndTests : ApiTestFixture
{
    private const string Official = "sgd.specialist";

    private Guid _officialId;

    private HttpClient _admin = null!;

    private HttpClient _browser = null!;

    [SetUp]
    public async Task ArrangeAsync()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        _officialId = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, Official, department, [Roles.Specialist]);
        (_admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.admin", department, Roles.AgencyAdmin);
        _browser = ApiHost.Factory.CreateHttpsClient(handleCookies: false);
    }

    [TearDown]
    public void DisposeClients()
    {
        _admin.Dispose();
        _browser.Dispose();
    }

    [Test]
    public async Task AfterAnAdministratorLocksTheOfficial_TheOldAccessTokenIs401AtOnce()
    {
        var (token, _) = await SignInAsync(_browser);
        (await MeAsync(_browser, token)).ShouldBe(HttpStatusCode.OK);
        (await GetAsync(_browser, "/api/v1/dossiers/inbox", token)).ShouldBe(HttpStatusCode.OK);

        (await _admin.PostAsync($"/api/v1/admin/officials/{_officialId}/lock", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await MeAsync(_browser, token)).ShouldBe(HttpStatusCode.Unauthorized);
        (await GetAsync(_browser, "/api/v1/dossiers/inbox", token)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task AfterLogout_TheSessionsAccessTokenIs401_WhileAnotherSessionOfTheSameAccountGoesOn()
    {
        var (token, refresh) = await SignInAsync(_browser);
        var (otherToken, _) = await SignInAsync(_browser);

        (await _browser.PostWithCookieAsync("/api/v1/auth/logout", refresh)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await MeAsync(_browser, token)).ShouldBe(HttpStatusCode.Unauthorized);
        (await MeAsync(_browser, otherToken)).ShouldBe(HttpStatusCode.OK, "logout ends its own session only");
    }

    [Test]
    public async Task AfterAnAdministratorResetsThePassword_EveryAccessTokenOfTheAccountIs401()
    {
        var (first, _) = await SignInAsync(_browser);
        var (second, _) = await SignInAsync(_browser);

        var reset = await _admin.PostAsJsonAsync($"/api/v1/admin/officials/{_officialId}/password", new { temporaryPassword = "Tam-Thoi-Moi-2026x" });
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent, await reset.Content.ReadAsStringAsync());

        (await MeAsync(_browser, first)).ShouldBe(HttpStatusCode.Unauthorized);
        (await MeAsync(_browser, second)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task WhenARefreshTokenIsReused_EveryAccessTokenOfItsSessionIs401()
    {
        var (first, stolen) = await SignInAsync(_browser);
        using var refreshed = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", stolen);
        var second = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        (await MeAsync(_browser, second)).ShouldBe(HttpStatusCode.OK);

        using var replayed = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", stolen);

        replayed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await MeAsync(_browser, first)).ShouldBe(HttpStatusCode.Unauthorized);
        (await MeAsync(_browser, second)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ATokenWithoutASession_SignedWithTheRightKey_Is401()
    {
        var forged = TestTokens.Sign([new Claim("sub", _officialId.ToString()), new Claim("name", "x"), new Claim("role", Roles.SystemAdmin)]);

        (await MeAsync(_browser, forged)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<(string AccessToken, string RefreshToken)> SignInAsync(HttpClient client)
    {
        using var response = await client.SignInAsync(Official, TestAccounts.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("accessToken").GetString()!, response.RefreshToken());
    }

    private static Task<HttpStatusCode> MeAsync(HttpClient client, string token) => GetAsync(client, "/api/v1/me", token);

    private static async Task<HttpStatusCode> GetAsync(HttpClient client, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
