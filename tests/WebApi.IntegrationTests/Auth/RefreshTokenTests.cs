using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using Npgsql;

namespace HanoiDvc.WebApi.IntegrationTests.Auth;

public sealed class RefreshTokenTests : ApiTestFixture
{
    private HttpClient _browser = null!;

    [SetUp]
    public async Task CreateAccountAsync()
    {
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.specialist", null, [Roles.Specialist]);
        // Cookies are set by hand in these tests, to present old ones again as a thief would.
        _browser = ApiHost.Factory.CreateHttpsClient(handleCookies: false);
    }

    [TearDown]
    public void DisposeBrowser() => _browser.Dispose();

    [Test]
    public async Task RefreshCookie_IsHttpOnlySecureSameSiteStrict_AndScopedToTheAuthPath()
    {
        var response = await _browser.SignInAsync("sgd.specialist", TestAccounts.Password);

        var attributes = response.RefreshSetCookie().Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        attributes.ShouldContain("httponly");
        attributes.ShouldContain("secure");
        attributes.ShouldContain("samesite=strict");
        attributes.ShouldContain("path=/api/v1/auth");
        attributes.ShouldContain(a => a.StartsWith("expires=", StringComparison.Ordinal));
    }

    [Test]
    public async Task Refresh_WithTheCookieJar_RoundTripsTheSecureCookie_AndGivesANewAccessToken()
    {
        var signIn = await Client.SignInAsync("sgd.specialist", TestAccounts.Password);
        var first = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        var refreshed = await Client.PostAsync(new Uri("/api/v1/auth/refresh", UriKind.Relative), null);

        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK, await refreshed.Content.ReadAsStringAsync());
        var second = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        second.ShouldNotBe(first);
        Tokens.Payload(second!).GetProperty("sub").GetString().ShouldBe(Tokens.Payload(first!).GetProperty("sub").GetString());
    }

    [Test]
    public async Task Refresh_RotatesTheToken_TheOldOneIsRefused_AndItsReuseRevokesTheNewOneToo()
    {
        var original = (await _browser.SignInAsync("sgd.specialist", TestAccounts.Password)).RefreshToken();

        var rotated = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", original);
        var successor = rotated.RefreshToken();
        var replay = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", original);
        var afterTheft = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", successor);

        rotated.StatusCode.ShouldBe(HttpStatusCode.OK);
        successor.ShouldNotBe(original);
        replay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await replay.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.refresh_token_reused");
        afterTheft.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "presenting the used token revoked the whole session");
    }

    [Test]
    public async Task Logout_RevokesTheSession_AndDeletesTheCookie()
    {
        var token = (await _browser.SignInAsync("sgd.specialist", TestAccounts.Password)).RefreshToken();

        var logout = await _browser.PostWithCookieAsync("/api/v1/auth/logout", token);
        var refresh = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", token);

        logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var deletion = logout.RefreshSetCookie().ToLowerInvariant();
        deletion.ShouldStartWith(Tokens.RefreshCookie + "=;");
        deletion.ShouldContain("expires=thu, 01 jan 1970");
        deletion.ShouldContain("path=/api/v1/auth");
        refresh.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Refresh_WithoutACookie_Is401Problem()
    {
        var response = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", refreshToken: null);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.invalid_refresh_token");
    }

    [Test]
    public async Task NoResponseBody_EverCarriesTheRefreshToken_AndOnlyItsHashIsStored()
    {
        var signIn = await _browser.SignInAsync("sgd.specialist", TestAccounts.Password);
        var first = signIn.RefreshToken();
        var refresh = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", first);
        var second = refresh.RefreshToken();
        var access = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var meRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        meRequest.Headers.Authorization = new("Bearer", access);
        var me = await _browser.SendAsync(meRequest);

        var bodies = new[] { await signIn.Content.ReadAsStringAsync(), await refresh.Content.ReadAsStringAsync(), await me.Content.ReadAsStringAsync() };
        foreach (var body in bodies)
        {
            body.ShouldNotContain(first);
            body.ShouldNotContain(second);
            body.ShouldNotContain("refresh", Case.Insensitive);
        }

        var stored = await StoredHashesAsync();
        stored.ShouldBe([Sha256Hex(first), Sha256Hex(second)], ignoreOrder: true);
        first.Length.ShouldBe(43, "256 random bits in base64url");
    }

    private static string Sha256Hex(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static async Task<List<string>> StoredHashesAsync()
    {
        await using var connection = new NpgsqlConnection(ApiHost.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT token_hash FROM refresh_tokens", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var hashes = new List<string>();
        while (await reader.ReadAsync())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }
}
