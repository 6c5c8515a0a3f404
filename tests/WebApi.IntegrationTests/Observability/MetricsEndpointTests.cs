using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.Observability;

/// <summary><c>/metrics</c>: the application's counters move by exactly what happened; only configured networks may read it.</summary>
public sealed class MetricsEndpointTests : ObservedHostFixture
{
    public MetricsEndpointTests()
        : base(("Observability:Metrics:AllowedNetworks:0", "10.20.0.0/16"))
    {
    }

    [Test]
    public async Task AfterTwoSubmissionsAndOneReception_TheCountersMovedByTwoAndOne()
    {
        var (citizen, desk, form, drafts) = await ArrangeAsync(2);
        using var scraper = Host.ClientFrom("10.20.3.4");
        var before = await ScrapeAsync(scraper);

        await PostAsync(citizen, $"/api/v1/dossiers/{drafts[0]}/submit", new { formData = form });
        await PostAsync(citizen, $"/api/v1/dossiers/{drafts[1]}/submit", new { formData = form });
        await PostAsync(desk, $"/api/v1/dossiers/{drafts[0]}/receive", new { comment = (string?)null });
        var after = await ScrapeAsync(scraper);

        Moved(before, after, "hanoidvc_dossiers_submitted_total", "channel=\"online\"").ShouldBe(2);
        Moved(before, after, "hanoidvc_dossiers_received_total", "channel=\"online\"").ShouldBe(1);
        Moved(before, after, "hanoidvc_dossiers_results_returned_total").ShouldBe(0);
        PrometheusText.Has(after, "http_server_request_duration_seconds_count").ShouldBeTrue("ASP.NET Core's own metrics are exported too");
        PrometheusText.Has(after, "db_client_operation_duration_seconds_count").ShouldBeTrue("and Npgsql's");
    }

    [Test]
    public async Task ARejectedSubmission_CountsNothing()
    {
        var (citizen, _, form, drafts) = await ArrangeAsync(1);
        using var scraper = Host.ClientFrom("10.20.3.4");
        await PostAsync(citizen, $"/api/v1/dossiers/{drafts[0]}/submit", new { formData = form });
        var before = await ScrapeAsync(scraper);

        await PostAsync(citizen, $"/api/v1/dossiers/{drafts[0]}/submit", new { formData = form }, HttpStatusCode.Conflict);

        Moved(before, await ScrapeAsync(scraper), "hanoidvc_dossiers_submitted_total").ShouldBe(0);
    }

    [TestCase("203.0.113.7")]
    [TestCase("127.0.0.1")]
    [TestCase("10.21.0.1")]
    public async Task FromOutsideTheConfiguredNetworks_Is403Problem_WithoutMetrics(string address)
    {
        using var client = Host.ClientFrom(address);

        var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("code").GetString().ShouldBe("metrics.network_not_allowed");
        problem.GetProperty("traceId").GetString().ShouldBe(response.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Test]
    public async Task WithoutACallerAddress_Is403()
    {
        using var client = Host.CreateHttpsClient();

        var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task WithNoNetworkConfigured_OnlyThisMachineMayScrape_OverIPv4OrIPv6()
    {
        var remote = ObservedHost.Create(new LogLines());
        await using (remote)
        {
            using var loopback4 = remote.ClientFrom("127.0.0.1");
            using var loopback6 = remote.ClientFrom("::1");
            using var mapped = remote.ClientFrom("::ffff:127.0.0.1");
            using var outside = remote.ClientFrom("10.20.3.4");

            (await loopback4.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await loopback6.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await mapped.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await outside.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    /// <summary>A signed-in citizen with <paramref name="count"/> drafts of the Department's plain procedure ready to submit, and the Department's desk.</summary>
    private async Task<(HttpClient Citizen, HttpClient Desk, Dictionary<string, string?> Form, Guid[] Drafts)> ArrangeAsync(int count)
    {
        using var anonymous = Host.CreateHttpsClient();
        var (procedure, form) = await FormFillers.DepartmentProcedureAsync(anonymous);
        var department = await TestAccounts.AgencyIdAsync(Host.Services, TestAccounts.DepartmentCode);
        var (citizen, _) = await Host.CreateSignedInClientAsync("metrics.citizen", null, Roles.Citizen);
        var (desk, _) = await Host.CreateSignedInClientAsync("metrics.desk", department, Roles.Receptionist);
        var drafts = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            drafts[i] = (await FormFillers.StartDraftAsync(citizen, procedure, department, form)).GetProperty("id").GetGuid();
        }

        return (citizen, desk, form, drafts);
    }

    private static async Task<string> ScrapeAsync(HttpClient scraper)
    {
        var response = await scraper.GetAsync(new Uri("/metrics", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsStringAsync();
    }

    private static double Moved(string before, string after, string metric, params string[] labels) =>
        PrometheusText.Sum(after, metric, labels) - PrometheusText.Sum(before, metric, labels);

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
