using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.Application.IntegrationTests;

/// <summary>Hosts the application once for the whole assembly and sends use cases through the real MediatR pipeline.</summary>
[SetUpFixture]
public sealed class Testing
{
    private static HanoiDvcFactory? _factory;
    private static TestDatabase? _database;

    private static HanoiDvcFactory Factory => _factory ?? throw new InvalidOperationException("The test host is not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = new TestDatabase("hanoidvc_application_tests");
        await _database.RecreateAsync();
        _factory = new HanoiDvcFactory(_database.ConnectionString);
        await _database.InitializeAsync(_factory.Services);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    public static IServiceProvider FactoryServices => Factory.Services;

    public static Task ResetStateAsync() => _database!.ResetAsync(Factory.Services);

    public static async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static async Task RunInScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="action"/> against a fresh DbContext (for arranging data and asserting on it).</summary>
    public static async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
