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

    // Nghị định 118/2025/NĐ-CP (one-stop mechanism from 1/7/2025; the article on the commune centre is not confirmed): each commune-level unit has its Public Administration
    // Service Centre, which receives the dossiers its People's Committee decides.
    [Test]
    public async Task TwoTier_EveryCommuneCommittee_HasItsServiceCentre_WhichReceivesButDoesNotDecide_Nd118of2025()
    {
        var agencies = await AgenciesAsync("two-tier");

        var committees = agencies.Where(a => a.Kind == AgencyKind.CommuneCommittee).ToList();
        committees.Count.ShouldBe(126, "Nghị quyết 1656/NQ-UBTVQH15: 51 wards and 75 communes");
        foreach (var committee in committees)
        {
            var centre = agencies.Where(a => a.ParentId == committee.Id && a.Kind == AgencyKind.ServiceCentre).ShouldHaveSingleItem(committee.Name);
            centre.LevelCode.ShouldBe("commune");
            centre.Receives.ShouldBeTrue(centre.Name);
            centre.Decides.ShouldBeFalse(centre.Name);
            centre.Name.ShouldBe(committee.Name.Replace("Ủy ban nhân dân ", "Trung tâm Phục vụ hành chính công ", StringComparison.Ordinal));
            centre.Code.ShouldBe("001" + committee.Code[3..], "level 4 under its committee (the scheme of SOURCES.md)");
        }
    }

    // The city centre's branches (QĐ 255/QĐ-TTPVHCC, as reported): only those found with an address are seeded, under the centre.
    [Test]
    public async Task TwoTier_CityCentreBranches_HangUnderTheCityCentre_EachWithAnAddress_AndReceive()
    {
        var agencies = await AgenciesAsync("two-tier");

        var city = agencies.Single(a => a.Code == "000.00.90.H26");
        city.ParentId.ShouldBeNull();
        var branches = agencies.Where(a => a.ParentId == city.Id).ToList();
        branches.Select(b => b.Code).ShouldBe(["000.01.90.H26", "000.02.90.H26"], ignoreOrder: true);
        branches.ShouldAllBe(b => b.Kind == AgencyKind.ServiceCentre && b.LevelCode == "province" && b.Receives && !b.Decides
            && !string.IsNullOrWhiteSpace(b.Contact.Address));
    }

    // Thông tư 10/2016/TT-BTTTT gives the codes' shape only; Hanoi's list (Quyết định 2918/QĐ-UBND, 17/8/2022) could not be read.
    [TestCase("three-tier")]
    [TestCase("two-tier")]
    public async Task EveryAgency_IsStoredAsIt_IsSeeded_WithItsCodeUnverified_AndTheCodesSource(string setup)
    {
        var agencies = await AgenciesAsync(setup);
        var file = await SeedResources.ReadAsync<AgencySeedFile>($"agencies/{setup}.json", CancellationToken.None);

        agencies.Count.ShouldBe(file.Agencies.Count);
        agencies.ShouldAllBe(a => !a.CodeVerified);
        agencies.ShouldAllBe(a => a.CodeSource != null && a.CodeSource.Contains("2918/QĐ-UBND"));
    }

    [Test]
    public async Task ReseedingAnAgencyStoredBeforeCodeSourcesExisted_RecordsTheFilesSource_ButKeepsAVerifiedCode()
    {
        await using var scope = _hosts["two-tier"].Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var department = await db.Agencies.SingleAsync(a => a.Code == "000.00.12.H26");
        var centre = await db.Agencies.SingleAsync(a => a.Code == "000.00.90.H26");
        var seededSource = centre.CodeSource;
        department.SetCodeVerification(false, null);
        centre.SetCodeVerification(true, "Quyết định 2918/QĐ-UBND, phụ lục (test)");
        await db.SaveChangesAsync();
        try
        {
            var seeder = new AgencySeeder(db, Microsoft.Extensions.Options.Options.Create(new HanoiDvc.Application.Agencies.OrganisationOptions { Setup = "two-tier" }));
            await seeder.SeedAsync(CancellationToken.None);

            var stored = await db.Agencies.AsNoTracking().Where(a => a.Code == "000.00.12.H26" || a.Code == "000.00.90.H26").ToDictionaryAsync(a => a.Code);
            stored["000.00.12.H26"].CodeVerified.ShouldBeFalse();
            stored["000.00.12.H26"].CodeSource.ShouldNotBeNull().ShouldContain("Thông tư 10/2016/TT-BTTTT");
            stored["000.00.90.H26"].CodeVerified.ShouldBeTrue();
            stored["000.00.90.H26"].CodeSource.ShouldBe("Quyết định 2918/QĐ-UBND, phụ lục (test)");
        }
        finally
        {
            centre.SetCodeVerification(false, seededSource); // the other tests read the seeded state
            await db.SaveChangesAsync();
        }
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
