using HanoiDvc.Integrators.Client;
using HanoiDvc.TestSupport;

namespace HanoiDvc.Integrators.ClientTests;

/// <summary>What an integrator reads about agencies and levels, through the client generated from the OpenAPI document.</summary>
public sealed class AgencyListingTests
{
    // Thông tư 10/2016/TT-BTTTT gives the codes' shape; Hanoi's list (Quyết định 2918/QĐ-UBND, 17/8/2022) was not read.
    [Test]
    public async Task TheAgencyListing_TellsIntegratorsTheCodesAreNotVerified_AndTheLevelsOfTheTwoTierSetUp()
    {
        using var http = ClientHost.Host.CreateHttpsClient();
        var api = new HanoiDvcClient(http);

        var centres = await api.GetAgenciesAsync(level: "commune", kind: AgencyKind.ServiceCentre, pageSize: 100);
        var levels = await api.GetAdministrativeLevelsAsync();

        centres.TotalCount.ShouldBe(126, "one service centre per commune-level unit (Nghị định 118/2025/NĐ-CP)");
        centres.Items.ShouldAllBe(a => !a.CodeVerified && a.CodeSource != null && a.CodeSource.Contains("2918/QĐ-UBND"));
        levels.Historical.ShouldBeFalse();
        levels.Levels.Select(l => l.Code).ShouldBe(["province", "commune"]);
    }
}
