using System.Net;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>No cross-origin access by default; only the origins of <c>Cors:AllowedOrigins</c> get CORS headers.</summary>
public sealed class CorsTests : ApiTestFixture
{
    private const string Partner = "https://truong.example.edu.vn";
    private const string Stranger = "https://evil.example.com";

    [Test]
    public async Task WithNoAllowedOrigins_NoOriginGetsCorsHeaders()
    {
        using var preflight = await PreflightAsync(Client, Partner);
        using var get = await GetAsync(Client, Partner);

        get.StatusCode.ShouldBe(HttpStatusCode.OK);
        preflight.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        get.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Test]
    public async Task AnAllowedOrigin_GetsCorsHeaders_OnPreflightAndCalls_AnotherDoesNot()
    {
        await using var host = WithOrigins(Partner + "/");
        using var client = host.CreateHttpsClient();

        using var preflight = await PreflightAsync(client, Partner);
        using var get = await GetAsync(client, Partner);
        using var strangerPreflight = await PreflightAsync(client, Stranger);
        using var strangerGet = await GetAsync(client, Stranger);

        preflight.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        preflight.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([Partner]);
        preflight.Headers.GetValues("Access-Control-Allow-Methods").Single().ShouldContain("POST");
        preflight.Headers.GetValues("Access-Control-Allow-Headers").Single().ShouldContain("authorization", Case.Insensitive);
        preflight.Headers.Contains("Access-Control-Allow-Credentials").ShouldBeFalse("bearer tokens only, never cookies");
        get.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([Partner]);
        get.Headers.GetValues("Access-Control-Expose-Headers").Single().ShouldContain("X-Correlation-Id");
        strangerPreflight.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        strangerGet.StatusCode.ShouldBe(HttpStatusCode.OK);
        strangerGet.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [TestCase("*")]
    [TestCase("https://*.example.vn")]
    [TestCase("https://portal.example.vn/app")]
    public void AWildcardOrAPath_StopsTheStart(string origin)
    {
        using var host = WithOrigins(origin);

        Should.Throw<Exception>(() => host.CreateClient()).ToString().ShouldContain("Cors:AllowedOrigins");
    }

    private static WebApplicationFactory<Program> WithOrigins(string origin) =>
        ApiHost.Factory.WithWebHostBuilder(b => b.UseSetting("Cors:AllowedOrigins:0", origin));

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/auth/token");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/agencies");
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }
}
