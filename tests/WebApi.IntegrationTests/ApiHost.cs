using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests;

/// <summary>Hosts the real application once per assembly against its own PostgreSQL database; each test starts from the shipped reference data.</summary>
[SetUpFixture]
public sealed class ApiHost
{
    private static HanoiDvcFactory? _factory;

    internal static TestDatabase Database { get; } = new("hanoidvc_webapi_tests");

    internal static HanoiDvcFactory Factory => _factory ?? throw new InvalidOperationException("The test host is not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await Database.RecreateAsync();
        _factory = new HanoiDvcFactory(Database.ConnectionString);
        await Database.InitializeAsync(_factory.Services);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
