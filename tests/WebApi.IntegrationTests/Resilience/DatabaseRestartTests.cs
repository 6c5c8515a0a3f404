using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HanoiDvc.WebApi.IntegrationTests.Resilience;

/// <summary>
/// PostgreSQL stops and starts under a running API (with a Hangfire server), on a cluster of the fixture's own: the
/// shared test cluster must stay up. Each test leaves the server running.
/// </summary>
public sealed class DatabaseRestartTests
{
    private const string UserName = "restart.citizen";
    private static readonly Uri Catalogue = new("/api/v1/procedures?q=cap%20ban%20sao", UriKind.Relative);
    private static readonly Uri Ready = new("/health/ready", UriKind.Relative);

    private PrivatePostgres _postgres = null!;
    private TestDatabase _database = null!;
    private HanoiDvcFactory _root = null!;
    private WebApplicationFactory<Program> _factory = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _postgres = await PrivatePostgres.StartNewAsync();
        _database = new TestDatabase("hanoidvc_restart", _postgres.Server);
        await _database.RecreateAsync();
        await using (var migrating = new HanoiDvcFactory(_database.ConnectionString))
        {
            await _database.InitializeAsync(migrating.Services); // with no Hangfire server: its schema does not exist yet
        }

        _root = new HanoiDvcFactory(_database.ConnectionString);
        _factory = _root.WithWebHostBuilder(host => host
            .UseSetting("Hangfire:ServerEnabled", "true")
            .UseSetting("Hangfire:QueuePollInterval", "00:00:01"));
        await TestAccounts.CreateUserAsync(_factory.Services, UserName, null, []);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Test]
    public async Task AQuickRestart_DoesNotFailTheNextRequest_ThoughEveryPooledConnectionDied()
    {
        using var client = _factory.CreateHttpsClient();
        await WarmThePoolAsync(client);

        await _postgres.StopAsync();
        await _postgres.StartAsync();

        (await client.GetAsync(Catalogue)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestAccounts.SignInAsync(client, UserName)).ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task WhilePostgresIsDown_RequestsAre503Problems_AndReadinessIsRed_ThenTheSameHostRecovers()
    {
        using var client = _factory.CreateHttpsClient();
        await WarmThePoolAsync(client);
        (await client.GetAsync(Ready)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await _postgres.StopAsync();
        try
        {
            await ShouldBeUnavailableAsync(await client.GetAsync(Catalogue));
            await ShouldBeUnavailableAsync(await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = UserName, password = TestAccounts.Password }));
            var down = await client.GetAsync(Ready);
            down.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await down.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Unhealthy");
        }
        finally
        {
            await _postgres.StartAsync();
        }

        (await client.GetAsync(Catalogue)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestAccounts.SignInAsync(client, UserName)).ShouldNotBeNullOrEmpty();
        var up = await client.GetAsync(Ready);
        up.StatusCode.ShouldBe(HttpStatusCode.OK, await up.Content.ReadAsStringAsync());
        await ShouldRunAJobAsync();
    }

    /// <summary>Concurrent requests, so that the pool holds several connections for the restart to break.</summary>
    private async Task WarmThePoolAsync(HttpClient client)
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetAsync(Catalogue)));
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        ((long)(await count.ExecuteScalarAsync())!).ShouldBeGreaterThan(3, "the API holds pooled connections");
    }

    private static async Task ShouldBeUnavailableAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, body);
        response.Headers.RetryAfter?.Delta.ShouldBe(TimeSpan.FromSeconds(5));
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(503);
        problem.GetProperty("code").GetString().ShouldBe("database.unavailable");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        body.ShouldNotContain("Npgsql");
        body.ShouldNotContain("   at ");
    }

    private async Task ShouldRunAJobAsync()
    {
        var id = _factory.Services.GetRequiredService<IBackgroundJobClient>().Enqueue(() => Console.WriteLine("Hangfire worker back after the database restart"));
        var monitoring = _factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? state;
        while ((state = monitoring.JobDetails(id)?.History.FirstOrDefault()?.StateName) != "Succeeded" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        state.ShouldBe("Succeeded", "the Hangfire server works again");
    }
}
