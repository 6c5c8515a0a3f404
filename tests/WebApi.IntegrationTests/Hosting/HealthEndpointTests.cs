using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HanoiDvc.WebApi.IntegrationTests.Hosting;

public sealed class HealthEndpointTests : ApiTestFixture
{
    [Test]
    public async Task Ready_ChecksTheDatabaseAndHangfireStorage()
    {
        var response = await Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        report.GetProperty("status").GetString().ShouldBe("Healthy");
        var checks = report.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        checks.ShouldBe(new Dictionary<string, string?> { ["database"] = "Healthy", ["hangfire"] = "Healthy" }, ignoreOrder: true);
    }

    [Test]
    public async Task Live_AnswersWithoutTouchingDependencies()
    {
        var response = await Client.GetAsync(new Uri("/health/live", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        report.GetProperty("checks").GetArrayLength().ShouldBe(0);
    }
}
