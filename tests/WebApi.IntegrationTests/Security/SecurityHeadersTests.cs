using System.Net;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>
/// Every answer carries the security headers (decision 0019): the SPA's page and files, API answers, problems of the
/// endpoints, of the routing and of the authentication, Swagger and the Hangfire dashboard, each with its policy.
/// </summary>
public sealed class SecurityHeadersTests : ApiTestFixture
{
    private const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ApiPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string ToolPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    [Test]
    public async Task TheSpasPage_ItsFiles_AndItsClientRoutes_CarryTheAppPolicy_WithNoInlineScript()
    {
        var webRoot = Directory.CreateTempSubdirectory("hanoidvc-webroot-");
        await File.WriteAllTextAsync(Path.Combine(webRoot.FullName, "index.html"), "<!doctype html><title>SPA</title><script src=\"main-TEST.js\" type=\"module\"></script>");
        await File.WriteAllTextAsync(Path.Combine(webRoot.FullName, "main-TEST.js"), "console.log('spa');");
        await using var host = ApiHost.Factory.WithWebHostBuilder(b => b.UseWebRoot(webRoot.FullName));
        using var client = host.CreateHttpsClient();

        foreach (var path in new[] { "/", "/main-TEST.js", "/thu-tuc", "/missing-file.js" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

            response.StatusCode.ShouldBe(path == "/missing-file.js" ? HttpStatusCode.NotFound : HttpStatusCode.OK, path);
            Csp(response).ShouldBe(AppPolicy, path);
            ShouldCarryTheCommonHeaders(response);
        }

        webRoot.Delete(recursive: true);
    }

    [TestCase("/api/v1/agencies", HttpStatusCode.OK)]
    [TestCase("/api/v1/no-such-endpoint", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/dossiers/mine", HttpStatusCode.Unauthorized)]
    [TestCase("/api/v1/procedures?page=abc", HttpStatusCode.BadRequest)]
    public async Task ApiAnswers_AndProblems_CarryTheApiPolicy(string path, HttpStatusCode status)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(status);
        Csp(response).ShouldBe(ApiPolicy);
        ShouldCarryTheCommonHeaders(response);
    }

    [TestCase("/swagger/index.html")]
    [TestCase("/swagger/v1/swagger.json")]
    [TestCase("/hangfire")]
    public async Task SwaggerAndTheDashboard_CarryTheirOwnPolicy(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Csp(response).ShouldBe(ToolPolicy);
        ShouldCarryTheCommonHeaders(response);
    }

    [Test]
    public async Task StrictTransportSecurity_IsSentOverHttps_NotOverHttp_NorInDevelopment()
    {
        using var http = ApiHost.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") });
        await using var development = ApiHost.Factory.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        using var developmentHttps = development.CreateHttpsClient();

        using var overHttps = await Client.GetAsync(new Uri("/api/v1/agencies", UriKind.Relative));
        using var overHttp = await http.GetAsync(new Uri("/api/v1/agencies", UriKind.Relative));
        using var inDevelopment = await developmentHttps.GetAsync(new Uri("/api/v1/agencies", UriKind.Relative));

        overHttps.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000"]);
        overHttp.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        inDevelopment.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        Csp(inDevelopment).ShouldBe(ApiPolicy);
    }

    private static string Csp(HttpResponseMessage response) => response.Headers.GetValues("Content-Security-Policy").Single();

    private static void ShouldCarryTheCommonHeaders(HttpResponseMessage response)
    {
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
        response.Headers.GetValues("Permissions-Policy").Single().ShouldContain("camera=()");
        response.Headers.GetValues("Cross-Origin-Opener-Policy").ShouldBe(["same-origin"]);
    }
}
