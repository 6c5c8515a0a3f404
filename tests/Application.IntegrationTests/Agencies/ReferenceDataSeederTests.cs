using HanoiDvc.Application.Common.Security;
using HanoiDvc.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Agencies;

public sealed class ReferenceDataSeederTests : BaseTestFixture
{
    [Test]
    public async Task Seed_RunTwice_AddsNothingTheSecondTime_AndLinksChildrenToTheDepartment()
    {
        var before = await WithDbAsync(db => db.Agencies.CountAsync());

        await WithDbAsync(async db =>
        {
            await new ReferenceDataSeeder(db).SeedAsync(CancellationToken.None);
            return 0;
        });

        var after = await WithDbAsync(db => db.Agencies.CountAsync());
        var orphans = await WithDbAsync(db => db.Agencies.CountAsync(a => a.ParentId == null));
        after.ShouldBe(before);
        orphans.ShouldBe(1, "only the Department is a root in the shipped data");
    }

    [Test]
    public async Task Seed_LoadsEveryRoleTheCodeKnows_NormalisedAsIdentityLooksThemUp()
    {
        var roles = await WithDbAsync(db => db.Roles.Select(r => new { r.Name, r.NormalizedName }).ToListAsync());

        var expected = Roles.All.ToDictionary(name => name, name => (string?)name.ToUpperInvariant());
        roles.ToDictionary(r => r.Name!, r => r.NormalizedName).ShouldBe(expected, ignoreOrder: true);
    }
}
