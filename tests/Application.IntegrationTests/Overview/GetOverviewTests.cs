using HanoiDvc.Application.Overview.Queries.GetOverview;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Procedures;
using Microsoft.EntityFrameworkCore;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Overview;

public sealed class GetOverviewTests : BaseTestFixture
{
    [Test]
    public async Task GetOverview_CountsAgenciesAndListedProceduresStoredInPostgreSql()
    {
        var seededAgencies = await WithDbAsync(db => db.Agencies.CountAsync());
        var listed = await WithDbAsync(db => db.Procedures.CountAsync(p => p.IsListed));
        await WithDbAsync(async db =>
        {
            var department = await db.Agencies.SingleAsync(a => a.Code == "000.00.12.H26");
            db.Agencies.Add(new Agency("000.98.12.H26", "Phòng thử nghiệm", "Test division", AgencyKind.Division, "province", department.Id, AgencyContact.None, false, false));
            var hidden = await db.Procedures.Include(p => p.Versions).FirstAsync(p => p.IsListed);
            hidden.Unlist();
            return await db.SaveChangesAsync();
        });

        var overview = await SendAsync(new GetOverview());

        seededAgencies.ShouldBeGreaterThan(0);
        overview.AgencyCount.ShouldBe(seededAgencies + 1);
        overview.ProcedureCount.ShouldBe(listed - 1);
    }
}
