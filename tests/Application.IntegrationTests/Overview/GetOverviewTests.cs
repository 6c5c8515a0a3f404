using HanoiDvc.Application.Overview.Queries.GetOverview;
using HanoiDvc.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Overview;

public sealed class GetOverviewTests : BaseTestFixture
{
    [Test]
    public async Task GetOverview_CountsTheAgenciesStoredInPostgreSql()
    {
        var seeded = await WithDbAsync(db => db.Agencies.CountAsync());
        await WithDbAsync(async db =>
        {
            var department = await db.Agencies.SingleAsync(a => a.Code == "000.00.12.H26");
            db.Agencies.Add(new Agency("000.09.12.H26", "Phòng thử nghiệm", department.Id));
            return await db.SaveChangesAsync();
        });

        var overview = await SendAsync(new GetOverview());

        seeded.ShouldBeGreaterThan(0);
        overview.AgencyCount.ShouldBe(seeded + 1);
    }
}
