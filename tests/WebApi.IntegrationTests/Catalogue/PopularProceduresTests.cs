using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.Catalogue;

/// <remarks>The answers are cached for ten minutes per <c>take</c>: each test asks with its own.</remarks>
public sealed class PopularProceduresTests : ApiTestFixture
{
    [Test]
    public async Task TheMostAppliedForComeFirst_ThenTheMostOnlineProcedures_CompleteTheList()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var ward = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26");
        var (communeProcedure, communeForm) = await FormFillers.ProcedureAsync(Client, "commune");
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await scenario.SubmitAsync(await scenario.StartAsync());
        }

        var communeDraft = await FormFillers.StartDraftAsync(scenario.Citizen, communeProcedure, ward, communeForm);
        await DossierScenario.SendAsync(scenario.Citizen, HttpMethod.Post, $"/api/v1/dossiers/{communeDraft.GetProperty("id").GetGuid()}/submit", new { formData = communeForm });
        await scenario.StartAsync(); // a draft is not an application

        var popular = (await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures/popular?take=4", UriKind.Relative))).EnumerateArray().ToList();

        popular.Count.ShouldBe(4);
        popular.Take(2).Select(p => p.GetProperty("id").GetGuid()).ShouldBe([scenario.Procedure, communeProcedure]);
        var levels = popular.Skip(2).Select(p => p.GetProperty("serviceLevel").GetInt32()).ToList();
        levels.ShouldAllBe(l => l >= 3, "only what can be applied for online");
        levels.ShouldBe(levels.OrderByDescending(l => l).ToList(), "toàn trình before một phần");
        popular.Skip(2).Select(p => p.GetProperty("id").GetGuid()).ShouldNotContain(scenario.Procedure);
    }

    [TestCase(0)]
    [TestCase(13)]
    public async Task AnAbsurdCount_IsAFieldError(int take)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/procedures/popular?take={take}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).GetProperty("errors").TryGetProperty("take", out _).ShouldBeTrue();
    }
}
