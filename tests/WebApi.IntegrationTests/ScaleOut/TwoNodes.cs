using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.ScaleOut;

/// <summary>
/// Two API nodes on one database of their own and one file store, as behind a load balancer: each test starts from the
/// shipped reference data. <see cref="Dying"/> derives a node that commits its work and dies before answering.
/// </summary>
[SetUpFixture]
public sealed class TwoNodes
{
    private static HanoiDvcFactory[] _nodes = [];

    internal static TestDatabase Database { get; } = new("hanoidvc_webapi_scaleout_tests");

    internal static HanoiDvcFactory A => _nodes.Length == 2 ? _nodes[0] : throw new InvalidOperationException("The nodes are not started.");

    internal static HanoiDvcFactory B => _nodes.Length == 2 ? _nodes[1] : throw new InvalidOperationException("The nodes are not started.");

    /// <summary>Node <paramref name="node"/> as it would be if it died after finishing each request and before answering it.</summary>
    internal static WebApplicationFactory<Program> Dying(HanoiDvcFactory node) =>
        node.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, AnswersLost>()));

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await Database.RecreateAsync();
        _nodes = [new HanoiDvcFactory(Database.ConnectionString), new HanoiDvcFactory(Database.ConnectionString)];
        await Database.InitializeAsync(A.Services);
        _ = B.Services; // started now, not in the middle of a test
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }
    }

    /// <summary>Runs the whole request (its transaction commits), then drops the connection instead of answering.</summary>
    private sealed class AnswersLost : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, rest) =>
            {
                context.Response.Body = Stream.Null;
                await rest(context);
                context.Abort();
            });
            next(app);
        };
    }
}

/// <summary>Base of the two-node tests: the shipped reference data for every test.</summary>
public abstract class TwoNodeFixture
{
    [SetUp]
    public Task ResetAsync() => TwoNodes.Database.ResetAsync(TwoNodes.A.Services);
}
