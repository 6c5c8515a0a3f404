using HanoiDvc.Application.Procedures.Queries.GetCatalogueStatistics;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.Infrastructure.Persistence.Seed;
using HanoiDvc.TestSupport;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.Application.IntegrationTests.Agencies;

/// <summary>Both local-government set-ups, each seeded into a database of its own by configuration alone.</summary>
public sealed class OrganisationSetupTests
{
    private readonly Dictionary<string, HanoiDvcFactory> _hosts = [];

    [OneTimeSetUp]
    public async Task SeedBothSetUpsAsync()
    {
        foreach (var setup in new[] { "three-tier", "two-tier" })
        {
            var database = new TestDatabase($"hanoidvc_setup_{setup.Replace('-', '_')}_tests");
            await database.RecreateAsync();
            var host = new HanoiDvcFactory(database.ConnectionString, setup);
            await database.InitializeAsync(host.Services);
            _hosts[setup] = host;
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await host.DisposeAsync();
        }
    }

    [Test]
    public async Task ThreeTier_HasThirtyDistricts_EachWithItsEducationOffice_AndAtLeastTwoCommunes()
    {
        var agencies = await AgenciesAsync("three-tier");

        (await LevelsAsync("three-tier")).ShouldBe(["province", "district", "commune"]);
        var districts = agencies.Where(a => a.Kind == AgencyKind.DistrictCommittee).ToList();
        districts.Count.ShouldBe(30);
        foreach (var district in districts)
        {
            agencies.Count(a => a.ParentId == district.Id && a.Kind == AgencyKind.EducationOffice).ShouldBe(1, district.Name);
            agencies.Count(a => a.ParentId == district.Id && a.Kind == AgencyKind.CommuneCommittee).ShouldBeGreaterThanOrEqualTo(2, district.Name);
        }

        agencies.Count(a => a.ParentId is null).ShouldBe(1);
    }

    [Test]
    public async Task TwoTier_HasNoDistrictLevel_AndCommunesDecide()
    {
        var agencies = await AgenciesAsync("two-tier");

        (await LevelsAsync("two-tier")).ShouldBe(["province", "commune"]);
        agencies.ShouldNotContain(a => a.Kind == AgencyKind.DistrictCommittee || a.LevelCode == "district");
        agencies.Count(a => a.Kind == AgencyKind.CommuneCommittee && a.Decides).ShouldBeGreaterThanOrEqualTo(40);
    }

    [Test]
    public async Task TwoTierCatalogue_IsTheListInForce_WithoutDistricts_AndThreeTier_IsTheHistorical2019List()
    {
        var threeTier = await StatisticsAsync("three-tier");
        var twoTier = await StatisticsAsync("two-tier");

        threeTier.Historical.ShouldBeTrue();
        threeTier.Levels.Single(l => l.Level == "district").Total.ShouldBe(30, "the seeds' 30 district procedures of 2019–2020");
        threeTier.Levels.Single(l => l.Level == "commune").Total.ShouldBe(5, "the seeds' five commune procedures");
        twoTier.Historical.ShouldBeFalse();
        twoTier.Levels.ShouldNotContain(l => l.Level == "district");
        twoTier.Counts!.ShouldNotContain(c => c.Level == "district");
        twoTier.Counts!.Sum(c => c.Total).ShouldBe(twoTier.Total);
        twoTier.Counts!.Sum(c => c.Verified).ShouldBe(twoTier.Verified);
    }

    [Test]
    public async Task SeedingTheOtherSetUp_IntoAnExistingDatabase_IsRefused()
    {
        await using var scope = _hosts["three-tier"].Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var twoTier = new AgencySeeder(db, Microsoft.Extensions.Options.Options.Create(new HanoiDvc.Application.Agencies.OrganisationOptions { Setup = "two-tier" }));

        var error = await Should.ThrowAsync<InvalidOperationException>(() => twoTier.SeedAsync(CancellationToken.None));

        error.Message.ShouldContain("district");
        (await db.Agencies.CountAsync(a => a.Kind == AgencyKind.ServiceCentre && a.ParentId == null)).ShouldBe(0, "nothing of the two-tier tree was written");
    }

    private async Task<List<Agency>> AgenciesAsync(string setup)
    {
        await using var scope = _hosts[setup].Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Agencies.AsNoTracking().ToListAsync();
    }

    private async Task<List<string>> LevelsAsync(string setup)
    {
        await using var scope = _hosts[setup].Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AdministrativeLevels.OrderBy(l => l.Rank).Select(l => l.Code).ToListAsync();
    }

    private async Task<CatalogueStatisticsDto> StatisticsAsync(string setup)
    {
        await using var scope = _hosts[setup].Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetCatalogueStatistics());
    }
}
