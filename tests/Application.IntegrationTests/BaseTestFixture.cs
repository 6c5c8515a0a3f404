namespace HanoiDvc.Application.IntegrationTests;

/// <summary>Every test starts from the shipped reference data and nothing else.</summary>
public abstract class BaseTestFixture
{
    [SetUp]
    public Task ResetAsync() => Testing.ResetStateAsync();
}
