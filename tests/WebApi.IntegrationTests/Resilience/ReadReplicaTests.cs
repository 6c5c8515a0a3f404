using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace HanoiDvc.WebApi.IntegrationTests.Resilience;

/// <summary>
/// <c>ConnectionStrings:ReadOnly</c> is wired: with it pointing to a second database — a copy that differs from the primary
/// (its own ids, a procedure renamed, another unlisted, an agency renamed) — the public catalogue and the statistics answer
/// from the copy, while the administrators' reads (and every write) stay on the primary.
/// </summary>
public sealed class ReadReplicaTests : ApiTestFixture
{
    private const string Department = "000.00.12.H26";
    private const string CopyAgencyName = "Sở Giáo dục và Đào tạo (bản sao đọc)";
    private static readonly TestDatabase Copy = new("hanoidvc_webapi_read_copy");

    private WebApplicationFactory<Program> _withReplica = null!;
    private Guid _renamedProcedure;

    [OneTimeSetUp]
    public async Task CreateTheCopyAsync()
    {
        await Copy.RecreateAsync();
        await using (var host = new HanoiDvcFactory(Copy.ConnectionString))
        {
            await Copy.InitializeAsync(host.Services);
        }

        await using var connection = new NpgsqlConnection(Copy.ConnectionString);
        await connection.OpenAsync();
        _renamedProcedure = (Guid)(await Scalar(connection, """
            UPDATE procedure_versions SET name = name || ' (bản sao đọc)', search_text = search_text || ' ban sao doc'
            WHERE id = (SELECT v.id FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id
                        WHERE p.is_listed AND v.status = 'Published' ORDER BY p.national_code LIMIT 1)
            RETURNING procedure_id
            """))!;
        await Scalar(connection, "UPDATE procedures SET is_listed = false WHERE id = (SELECT id FROM procedures WHERE is_listed AND id <> @renamed ORDER BY national_code LIMIT 1)",
            new NpgsqlParameter("renamed", _renamedProcedure));
        await Scalar(connection, "UPDATE agencies SET name = @name WHERE code = @code", new NpgsqlParameter("name", CopyAgencyName), new NpgsqlParameter("code", Department));

        _withReplica = ApiHost.Factory.WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:ReadOnly", Copy.ConnectionString));
    }

    [OneTimeTearDown]
    public async Task DisposeHostAsync() => await _withReplica.DisposeAsync();

    [Test]
    public async Task TheCatalogue_IsReadFromTheReadOnlyDatabase()
    {
        using var client = _withReplica.CreateHttpsClient();

        var found = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures?q=ban%20sao%20doc", UriKind.Relative));
        found.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([_renamedProcedure]);
        var detail = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{_renamedProcedure}", UriKind.Relative));
        detail.GetProperty("name").GetString().ShouldEndWith("(bản sao đọc)");

        // The primary knows neither the copy's ids nor its changes.
        (await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures?q=ban%20sao%20doc", UriKind.Relative))).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await Client.GetAsync(new Uri($"/api/v1/procedures/{_renamedProcedure}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task TheCatalogueStatistics_CountTheCopy()
    {
        using var client = _withReplica.CreateHttpsClient();

        var fromCopy = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures/statistics", UriKind.Relative));
        var fromPrimary = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures/statistics", UriKind.Relative));

        fromCopy.GetProperty("total").GetInt32().ShouldBe(fromPrimary.GetProperty("total").GetInt32() - 1, "one procedure is unlisted in the copy only");
    }

    [Test]
    public async Task ThePublicStatistics_NameTheCopysAgencies()
    {
        using var client = _withReplica.CreateHttpsClient();

        var figures = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/public/statistics", UriKind.Relative));

        figures.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("code").GetString() == Department)
            .GetProperty("name").GetString().ShouldBe(CopyAgencyName);
    }

    [Test]
    public async Task AdministratorsReads_StayOnThePrimary()
    {
        var (admin, _) = await _withReplica.CreateSignedInClientAsync("replica.sysadmin", null, Roles.SystemAdmin);
        using (admin)
        {
            (await admin.GetAsync(new Uri($"/api/v1/admin/procedures/{_renamedProcedure}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var page = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/admin/procedures?pageSize=100", UriKind.Relative));
            page.GetProperty("items").EnumerateArray().ShouldNotContain(p => p.GetProperty("name").GetString()!.EndsWith("(bản sao đọc)", StringComparison.Ordinal));
        }
    }

    [Test]
    public async Task Readiness_ReportsTheReadOnlyDatabase()
    {
        using var client = _withReplica.CreateHttpsClient();

        var report = await client.GetFromJsonAsync<JsonElement>(new Uri("/health/ready", UriKind.Relative));

        report.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString())
            .ShouldBe(["database", "hangfire", "database-read-only"], ignoreOrder: true);
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return await command.ExecuteScalarAsync();
    }
}
