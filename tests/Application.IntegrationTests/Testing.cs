using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.Application.IntegrationTests;

/// <summary>Hosts the application once for the whole assembly and sends use cases through the real MediatR pipeline.</summary>
[SetUpFixture]
public sealed class Testing
{
    private static HanoiDvcFactory? _host;
    private static WebApplicationFactory<Program>? _factory;
    private static TestDatabase? _database;

    private static WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The test host is not started.");

    /// <summary>The host's services (for helpers that arrange data).</summary>
    public static IServiceProvider Services => Factory.Services;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = new TestDatabase("hanoidvc_application_tests");
        await _database.RecreateAsync();
        _host = new HanoiDvcFactory(_database.ConnectionString);
        // Use cases run outside HTTP here: the current user is whoever the test says (anonymous by default).
        _factory = _host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<ICurrentUser, TestCurrentUser>()));
        await _database.InitializeAsync(_factory.Services);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public static IServiceProvider FactoryServices => Factory.Services;

    /// <summary>A second host on the same database with <paramref name="settings"/> overridden (dispose it).</summary>
    public static WebApplicationFactory<Program> HostWith(params (string Key, string Value)[] settings) =>
        Factory.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    /// <summary>A second host on the same database with test-only services (such as handlers of test-only commands) added (dispose it).</summary>
    public static WebApplicationFactory<Program> HostWithServices(Action<IServiceCollection> services) =>
        Factory.WithWebHostBuilder(b => b.ConfigureTestServices(services));

    public static Task ResetStateAsync()
    {
        TestCurrentUser.Current = null;
        return _database!.ResetAsync(Factory.Services);
    }

    /// <summary>Makes the following use cases run as this user.</summary>
    public static void RunAs(Guid userId, Guid? agencyId, params string[] roles) => TestCurrentUser.Current = (userId, agencyId, roles);

    /// <summary>Makes the following use cases run as a system administrator (catalogue and calendar administration).</summary>
    public static void RunAsSystemAdmin() => RunAs(Guid.CreateVersion7(), null, HanoiDvc.Application.Common.Security.Roles.SystemAdmin);

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
