using HanoiDvc.Application.Common.Security;
using HanoiDvc.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Agencies;

public sealed class ReferenceDataSeederTests : BaseTestFixture
{
    [Test]
    public async Task Seed_RunTwice_AddsNothingTheSecondTime()
    {
        var before = await CountsAsync();

        await RunInScopeAsync(sp => sp.GetRequiredService<ReferenceDataSeeder>().SeedAsync(CancellationToken.None));

        (await CountsAsync()).ShouldBe(before);
    }

    [Test]
    public async Task Seed_LoadsEveryRoleTheCodeKnows_NormalisedAsIdentityLooksThemUp()
    {
        var roles = await WithDbAsync(db => db.Roles.Select(r => new { r.Name, r.NormalizedName }).ToListAsync());

        var expected = Roles.All.ToDictionary(name => name, name => (string?)name.ToUpperInvariant());
        roles.ToDictionary(r => r.Name!, r => r.NormalizedName).ShouldBe(expected, ignoreOrder: true);
    }

    private static Task<(int Agencies, int Levels, int Procedures, int Versions, int Years)> CountsAsync() =>
        WithDbAsync(async db => (
            await db.Agencies.CountAsync(),
            await db.AdministrativeLevels.CountAsync(),
            await db.Procedures.CountAsync(),
            await db.ProcedureVersions.CountAsync(),
            await db.CalendarYears.CountAsync()));
}
