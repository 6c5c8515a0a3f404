using HanoiDvc.Application.Common.Security;
using HanoiDvc.Infrastructure.Identity;
using HanoiDvc.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Accounts;

public sealed class DevelopmentAccountSeederTests : BaseTestFixture
{
    private static async Task<IReadOnlyList<DevelopmentAccount>> SeedAsync(string environmentName)
    {
        await using var scope = Services.CreateAsyncScope();
        var seeder = new DevelopmentAccountSeeder(
            scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(),
            scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetRequiredService<AccountWriter>(),
            new Environment(environmentName),
            TimeProvider.System);
        return await seeder.SeedAsync(CancellationToken.None);
    }

    [TestCase("Production")]
    [TestCase("Staging")]
    [TestCase("Testing")]
    public async Task OutsideDevelopment_ItRefuses_AndCreatesNobody(string environment)
    {
        await Should.ThrowAsync<InvalidOperationException>(() => SeedAsync(environment));

        (await WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Test]
    public async Task InDevelopment_ItCreatesASystemAdminOneOfficialPerRoleAndACitizen_Once()
    {
        var first = await SeedAsync("Development");
        var second = await SeedAsync("Development");

        first.Select(a => (a.UserName, a.Role)).ShouldBe(
        [
            ("sysadmin", Roles.SystemAdmin),
            ("sgd.receptionist", Roles.Receptionist),
            ("sgd.specialist", Roles.Specialist),
            ("sgd.leader", Roles.Leader),
            ("sgd.admin", Roles.AgencyAdmin),
            // The test host runs the two-tier set-up: its commune is seeded, the three-tier district and ward are skipped.
            ("hoankiem.receptionist", Roles.Receptionist),
            ("hoankiem.specialist", Roles.Specialist),
            ("hoankiem.leader", Roles.Leader),
            ("hoankiem.admin", Roles.AgencyAdmin),
            ("citizen.demo", Roles.Citizen),
        ]);
        first.ShouldAllBe(a => a.Created);
        second.ShouldAllBe(a => !a.Created);
        (await WithDbAsync(db => db.Users.CountAsync())).ShouldBe(10);

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var citizen = await users.FindByNameAsync("citizen.demo");
        (await users.CheckPasswordAsync(citizen!, DevelopmentAccountSeeder.Password)).ShouldBeTrue();
        Domain.Accounts.CitizenId.TryParse(citizen!.CitizenId, out _).ShouldBeTrue();
        var admin = await users.FindByNameAsync("sgd.admin");
        var department = await WithDbAsync(db => db.Agencies.SingleAsync(a => a.Code == "000.00.12.H26"));
        admin!.AgencyId.ShouldBe(department.Id);
    }

    [Test]
    public async Task AnAgencyCodeMissingFromTheDatabase_IsSkipped()
    {
        await WithDbAsync(db => db.Agencies.Where(a => a.ParentId != null).ExecuteDeleteAsync());
        await WithDbAsync(db => db.Agencies.ExecuteDeleteAsync());

        var accounts = await SeedAsync("Development");

        accounts.Select(a => a.UserName).ShouldBe(["sysadmin", "citizen.demo"]);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "HanoiDvc.WebApi";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
