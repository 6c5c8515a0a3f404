using HanoiDvc.Application.Agencies.Queries.GetAgencies;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Agencies;

public sealed class GetAgenciesTests : BaseTestFixture
{
    [Test]
    public async Task GetAgencies_ReturnsOnePageOrderedByCode_WithTheTotalCount()
    {
        var allCodes = await WithDbAsync(db => db.Agencies.OrderBy(a => a.Code).Select(a => a.Code).ToListAsync());

        var page = await SendAsync(new GetAgencies(Page: 2, PageSize: 2));

        page.TotalCount.ShouldBe(allCodes.Count);
        page.Items.Select(a => a.Code).ShouldBe(allCodes.Skip(2).Take(2));
        page.TotalPages.ShouldBe((allCodes.Count + 1) / 2);
    }

    [Test]
    public async Task GetAgencies_FiltersByLevelKindAndParent()
    {
        var department = await WithDbAsync(db => db.Agencies.SingleAsync(a => a.Code == "000.00.12.H26"));
        var communes = await WithDbAsync(db => db.Agencies.CountAsync(a => a.LevelCode == "commune" && a.Kind == AgencyKind.CommuneCommittee));

        var communePage = await SendAsync(new GetAgencies(PageSize: 100, Level: "commune", Kind: AgencyKind.CommuneCommittee));
        var divisions = await SendAsync(new GetAgencies(PageSize: 100, ParentId: department.Id, Kind: AgencyKind.Division));

        communePage.TotalCount.ShouldBe(communes);
        communePage.Items.ShouldAllBe(a => a.LevelCode == "commune" && a.Kind == AgencyKind.CommuneCommittee);
        divisions.Items.ShouldNotBeEmpty();
        divisions.Items.ShouldAllBe(a => a.ParentId == department.Id && a.Kind == AgencyKind.Division);
    }

    [Test]
    public async Task GetAgencies_WithPageZeroAndOversizedPage_IsRefusedWithBothFieldErrors()
    {
        var error = await Should.ThrowAsync<RequestValidationException>(() => SendAsync(new GetAgencies(Page: 0, PageSize: 500)));

        error.Errors.Keys.ShouldBe(["page", "pageSize"], ignoreOrder: true);
    }
}
