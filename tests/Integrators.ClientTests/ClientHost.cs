using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HanoiDvc.Integrators.ClientTests;

/// <summary>
/// The real application on a database of its own, with what a deployed API runs in the background: the outbox
/// dispatcher and the Hangfire worker (polling quickly), so a webhook reaches its receiver with nothing driven by the test.
/// </summary>
[SetUpFixture]
public sealed class ClientHost
{
    private static HanoiDvcFactory? _plain;
    private static WebApplicationFactory<Program>? _host;

    internal static TestDatabase Database { get; } = new("hanoidvc_client_tests");

    internal static WebApplicationFactory<Program> Host => _host ?? throw new InvalidOperationException("The client test host is not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await Database.RecreateAsync();
        _plain = new HanoiDvcFactory(Database.ConnectionString);
        await Database.InitializeAsync(_plain.Services); // migrations and Hangfire's schema before any worker starts
        _host = _plain.WithWebHostBuilder(b => b
            .UseSetting("Hangfire:ServerEnabled", "true")
            .UseSetting("Hangfire:QueuePollInterval", "00:00:00.200")
            .UseSetting("Outbox:DispatcherEnabled", "true")
            .UseSetting("Outbox:PollInterval", "00:00:00.200"));
        _ = _host.Services;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_plain is not null)
        {
            await _plain.DisposeAsync();
        }
    }
}
