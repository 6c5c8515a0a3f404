using System.Net;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>
/// The client address the rate limits count against: the connection's peer, or the one a configured proxy names in
/// X-Forwarded-For. Seen through a lookup limit of one request per address.
/// </summary>
public sealed class ForwardedHeadersTests : ApiTestFixture
{
    private const string Proxy = "10.0.0.5";
    private const string Path = "/api/v1/dossier-lookup?code=HN26A00042&citizenId=001208012345";

    [Test]
    public async Task WithoutConfiguredProxies_XForwardedForIsIgnored()
    {
        await using var host = Host();
        using var client = host.CreateHttpsClient();

        var first = await client.GetFromAsync(Path, Proxy, forwardedFor: "198.51.100.1");
        var second = await client.GetFromAsync(Path, Proxy, forwardedFor: "198.51.100.2");

        first.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        second.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "both came from the same peer, whatever the header says");
    }

    [TestCase("ForwardedHeaders:KnownProxies:0", Proxy)]
    [TestCase("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8")]
    public async Task FromAConfiguredProxy_TheForwardedClientIsTheOneCounted(string key, string value)
    {
        await using var host = Host(key, value);
        using var client = host.CreateHttpsClient();

        var first = await client.GetFromAsync(Path, Proxy, forwardedFor: "198.51.100.1");
        var second = await client.GetFromAsync(Path, Proxy, forwardedFor: "198.51.100.2");
        var firstAgain = await client.GetFromAsync(Path, Proxy, forwardedFor: "198.51.100.1");

        first.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        second.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        firstAgain.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task FromAnotherPeer_XForwardedForIsIgnored_EvenWhenProxiesAreConfigured()
    {
        await using var host = Host("ForwardedHeaders:KnownProxies:0", Proxy);
        using var client = host.CreateHttpsClient();

        (await client.GetFromAsync(Path, "192.0.2.9", forwardedFor: "198.51.100.1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetFromAsync(Path, "192.0.2.9", forwardedFor: "198.51.100.2")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task AConfiguredProxyEndingTls_MakesTheRequestHttps_ForStrictTransportSecurity()
    {
        await using var host = Host("ForwardedHeaders:KnownProxies:0", Proxy);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/agencies");
        request.Headers.Add(ClientAddresses.PeerHeader, Proxy);
        request.Headers.Add("X-Forwarded-For", "198.51.100.1");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        client.BaseAddress!.Scheme.ShouldBe("http");
        response.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000"]);
    }

    [Test]
    public void AProxyEntryThatIsNotAnAddress_StopsTheStart()
    {
        using var host = Host("ForwardedHeaders:KnownProxies:0", "nginx");

        Should.Throw<Exception>(() => host.CreateClient()).ToString().ShouldContain("ForwardedHeaders:KnownProxies");
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Host(params string[] setting) =>
        ApiHost.Factory.WithWebHostBuilder(b =>
        {
            b.UsePeerFromHeader().UseSetting("RateLimiting:Lookup:PermitLimit", "1").UseSetting("RateLimiting:Lookup:WindowSeconds", "600");
            if (setting.Length == 2)
            {
                b.UseSetting(setting[0], setting[1]);
            }
        });
}
