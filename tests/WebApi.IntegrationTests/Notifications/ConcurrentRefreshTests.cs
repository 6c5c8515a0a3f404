using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>
/// (On the notification hosts, for their settable clock.) Two tabs refreshing one cookie at the same moment (Jwt:RefreshReuseGraceSeconds, 30 s): the repeats keep the session;
/// a copy used after the window, or once the session ended, still revokes it. On the hosts with a settable clock.
/// </summary>
public sealed class ConcurrentRefreshTests : NotificationTestFixture
{
    private const string AddressHeader = "X-Test-Client-Address";
    private static WebApplicationFactory<Program>? _node;
    private HttpClient _browser = null!;

    /// <summary>The first host, where each request's client address is the one the test names (the test server has none).</summary>
    private static WebApplicationFactory<Program> Node => _node ??= Host.WithWebHostBuilder(b =>
        b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>()));

    [OneTimeTearDown]
    public static async Task StopNodeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    [SetUp]
    public async Task CreateAccountAsync()
    {
        await TestAccounts.CreateUserAsync(Host.Services, "sgd.specialist", null, [Roles.Specialist]);
        _browser = Client("203.0.113.7");
    }

    [TearDown]
    public void DisposeBrowser() => _browser.Dispose();

    [Test]
    public async Task ARepeatWithinTheWindow_FromAnotherAddress_IsReuse_AndRevokesTheSession()
    {
        var original = (await _browser.SignInAsync("sgd.specialist", TestAccounts.Password)).RefreshToken();
        var successor = (await _browser.PostWithCookieAsync("/api/v1/auth/refresh", original)).RefreshToken();
        using var thief = Client("198.51.100.9");

        var stolen = await thief.PostWithCookieAsync("/api/v1/auth/refresh", original);

        stolen.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await stolen.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.refresh_token_reused");
        (await _browser.PostWithCookieAsync("/api/v1/auth/refresh", successor)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task EightParallelRefreshes_OfOneToken_AllSucceed_InOneSession_WithOneLiveRefreshToken()
    {
        var signIn = await _browser.SignInAsync("sgd.specialist", TestAccounts.Password);
        var original = signIn.RefreshToken();
        var sid = await SidAsync(signIn);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _browser.PostWithCookieAsync("/api/v1/auth/refresh", original)));

        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            (await SidAsync(response)).ShouldBe(sid, "every answer belongs to the same session");
        }

        var rotated = responses.Where(r => r.Headers.Contains("Set-Cookie")).ToList();
        rotated.Count.ShouldBe(1, "one request exchanged the token; the others kept the cookie the browser gets from it");
        var live = await WithDbAsync(db => db.RefreshTokens.Where(t => t.RevokedAt == null).ToListAsync());
        live.Count.ShouldBe(1);
        live[0].FamilyId.ToString().ShouldBe(sid);
        (await _browser.PostWithCookieAsync("/api/v1/auth/refresh", rotated[0].RefreshToken())).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ARepeatWithinTheWindow_GetsAnAccessTokenOfTheSameSession_AndLeavesTheCookie()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(-20);
        Clock.Set(start);
        var original = (await _browser.SignInAsync("sgd.specialist", TestAccounts.Password)).RefreshToken();
        var first = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", original);
        Clock.Set(start.AddSeconds(29));

        var repeat = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", original);

        repeat.StatusCode.ShouldBe(HttpStatusCode.OK);
        repeat.Headers.Contains("Set-Cookie").ShouldBeFalse();
        var access = (await repeat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        Tokens.Payload(access).GetProperty("sid").GetString().ShouldBe(await SidAsync(first));
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        me.Headers.Authorization = new("Bearer", access);
        (await _browser.SendAsync(me)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _browser.PostWithCookieAsync("/api/v1/auth/refresh", first.RefreshToken())).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task AReuseAfterTheWindow_RevokesTheWholeSession()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(-20);
        Clock.Set(start);
        var original = (await _browser.SignInAsync("sgd.specialist", TestAccounts.Password)).RefreshToken();
        var successor = (await _browser.PostWithCookieAsync("/api/v1/auth/refresh", original)).RefreshToken();
        Clock.Set(start.AddSeconds(31));

        var replay = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", original);
        var afterTheft = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", successor);

        replay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await replay.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.refresh_token_reused");
        afterTheft.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the reuse revoked the successor too");
    }

    [Test]
    public async Task ARepeatWithinTheWindow_AfterSignOut_IsReuse()
    {
        var original = (await _browser.SignInAsync("sgd.specialist", TestAccounts.Password)).RefreshToken();
        var successor = (await _browser.PostWithCookieAsync("/api/v1/auth/refresh", original)).RefreshToken();
        await _browser.PostWithCookieAsync("/api/v1/auth/logout", successor);

        var repeat = await _browser.PostWithCookieAsync("/api/v1/auth/refresh", original);

        repeat.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await repeat.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.refresh_token_reused");
    }

    private static HttpClient Client(string address)
    {
        var client = Node.CreateHttpsClient(handleCookies: false);
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private static async Task<string> SidAsync(HttpResponseMessage response) =>
        Tokens.Payload((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!)
            .GetProperty("sid").GetString()!;
}
