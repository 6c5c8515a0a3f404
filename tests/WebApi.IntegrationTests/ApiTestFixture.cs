namespace HanoiDvc.WebApi.IntegrationTests;

/// <summary>Base of the HTTP tests: a fresh client and the shipped reference data for every test.</summary>
public abstract class ApiTestFixture
{
    protected HttpClient Client { get; private set; } = null!;

    [SetUp]
    public async Task ResetAsync()
    {
        await ApiHost.Database.ResetAsync(ApiHost.Factory.Services);
        Client = ApiHost.Factory.CreateClient();
    }

    [TearDown]
    public void DisposeClient() => Client.Dispose();
}
