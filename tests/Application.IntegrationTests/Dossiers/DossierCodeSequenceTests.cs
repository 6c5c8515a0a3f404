using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Dossiers;

public sealed class DossierCodeSequenceTests : BaseTestFixture
{
    [Test]
    public async Task ConcurrentReceptions_OnTwoHosts_GetDistinctConsecutiveNumbers()
    {
        var agencyId = await WithDbAsync(db => db.Agencies.Select(a => a.Id).FirstAsync());
        var day = new DateOnly(2026, 3, 2);
        await using var secondHost = new HanoiDvcFactory(await WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!)));
        var hosts = new[] { FactoryServices, secondHost.Services };

        var numbers = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => NextAsync(hosts[i % 2], agencyId, day)));

        numbers.Order().ShouldBe(Enumerable.Range(1, 60));
    }

    [Test]
    public async Task ARolledBackReception_GivesItsNumberBack_AndEachDayStartsAtOne()
    {
        var agencyId = await WithDbAsync(db => db.Agencies.Select(a => a.Id).FirstAsync());
        await RunInScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                (await services.GetRequiredService<IDossierCodeSequence>().NextAsync(agencyId, new DateOnly(2026, 3, 3), CancellationToken.None)).ShouldBe(1);
                await transaction.RollbackAsync();
            });
        });

        (await NextAsync(FactoryServices, agencyId, new DateOnly(2026, 3, 3))).ShouldBe(1);
        (await NextAsync(FactoryServices, agencyId, new DateOnly(2026, 3, 3))).ShouldBe(2);
        (await NextAsync(FactoryServices, agencyId, new DateOnly(2026, 3, 4))).ShouldBe(1);
    }

    private static async Task<int> NextAsync(IServiceProvider host, Guid agencyId, DateOnly day)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDossierCodeSequence>().NextAsync(agencyId, day, CancellationToken.None);
    }
}
