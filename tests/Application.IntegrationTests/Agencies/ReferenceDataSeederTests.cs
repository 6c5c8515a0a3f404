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
}
