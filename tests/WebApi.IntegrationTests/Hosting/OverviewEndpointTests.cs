using System.Net;
using System.Net.Http.Json;
using HanoiDvc.Application.Overview.Queries.GetOverview;
using Npgsql;

namespace HanoiDvc.WebApi.IntegrationTests.Hosting;

public sealed class OverviewEndpointTests : ApiTestFixture
{
    [Test]
    public async Task Overview_IsPublic_AndReportsTheAgencyCountStoredInPostgreSql()
    {
        await using var connection = new NpgsqlConnection(ApiHost.Database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM agencies", connection);
        var stored = (long)(await count.ExecuteScalarAsync())!;

        var response = await Client.GetAsync(new Uri("/api/v1/overview", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var overview = await response.Content.ReadFromJsonAsync<OverviewDto>();
        stored.ShouldBeGreaterThan(0);
        overview!.AgencyCount.ShouldBe((int)stored);
    }
}
