using System.Net;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>
/// The Hangfire dashboard's path matches whatever the case (as ASP.NET matches paths), and in every case it answers
/// local requests only: <c>/HANGFIRE</c> is neither another page nor a way round the filter.
/// </summary>
public sealed class HangfireDashboardTests : ApiTestFixture
{
    [TestCase("/hangfire")]
    [TestCase("/HANGFIRE")]
    [TestCase("/HangFire/jobs/enqueued")]
    public async Task TheDashboard_InAnyCase_AnswersLocalRequestsOnly(string path)
    {
        await using var host = ApiHost.Factory.WithWebHostBuilder(b => b.UsePeerFromHeader());
        using var client = host.CreateHttpsClient();

        using var remote = await client.GetFromAsync(path, "203.0.113.7");
        using var local = await client.GetFromAsync(path, "127.0.0.1");

        remote.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        local.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await local.Content.ReadAsStringAsync()).ShouldContain("Hangfire");
    }
}
