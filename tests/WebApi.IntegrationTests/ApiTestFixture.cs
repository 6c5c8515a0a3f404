using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests;

/// <summary>Base of the HTTP tests: a fresh client (on https, so the Secure refresh cookie round-trips) and the shipped reference data for every test.</summary>
public abstract class ApiTestFixture
{
    protected HttpClient Client { get; private set; } = null!;

    [SetUp]
    public async Task ResetAsync()
    {
        await ApiHost.Database.ResetAsync(ApiHost.Factory.Services);
        Client = ApiHost.Factory.CreateHttpsClient();
    }

    [TearDown]
    public void DisposeClient() => Client.Dispose();
}
