using System.Net;
using System.Net.Http.Json;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Hosting;

/// <summary>Behind nginx every request comes from the proxy: the per-IP limits must see the client it forwards, and only a trusted proxy may say who that is.</summary>
public sealed class ForwardedHeadersTests : ApiTestFixture
{
    [Test]
    public async Task BehindAProxyOnTheSameMachine_EachForwardedClientHasItsOwnSignInWindow()
    {
        await using var proxied = OneSignInPerWindow(IPAddress.Loopback);
        using var client = proxied.CreateHttpsClient();

        var first = await SignInFromAsync(client, "203.0.113.10");
        var second = await SignInFromAsync(client, "203.0.113.10");
        var another = await SignInFromAsync(client, "203.0.113.20");

        (first, second, another).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task FromAnAddressThatIsNoConfiguredProxy_TheForwardedAddressIsIgnored()
    {
        await using var direct = OneSignInPerWindow(IPAddress.Parse("198.51.100.7"));
        using var client = direct.CreateHttpsClient();

        var first = await SignInFromAsync(client, "203.0.113.10");
        var pretendingToBeAnother = await SignInFromAsync(client, "203.0.113.20");

        (first, pretendingToBeAnother).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task AProxyInAConfiguredNetwork_IsTrusted()
    {
        await using var proxied = OneSignInPerWindow(IPAddress.Parse("172.28.0.5"), ("ReverseProxy:KnownNetworks:0", "172.28.0.0/24"));
        using var client = proxied.CreateHttpsClient();

        var first = await SignInFromAsync(client, "203.0.113.10");
        var another = await SignInFromAsync(client, "203.0.113.20");

        (first, another).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized));
    }

    /// <summary>The API with one sign-in per IP and window, receiving every request from <paramref name="peer"/>.</summary>
    private static WebApplicationFactory<Program> OneSignInPerWindow(IPAddress peer, params (string Key, string Value)[] settings) =>
        ApiHost.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimiting:Login:PermitLimit", "1").UseSetting("RateLimiting:Login:WindowSeconds", "600");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new Peer(peer)));
        });

    private static async Task<HttpStatusCode> SignInFromAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = JsonContent.Create(new { userName = "nobody", password = "Wrong-Password-1" }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The test server has no socket: this sets the address the connection comes from.</summary>
    private sealed class Peer(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, rest) =>
            {
                context.Connection.RemoteIpAddress = address;
                return rest(context);
            });
            next(app);
        };
    }
}
