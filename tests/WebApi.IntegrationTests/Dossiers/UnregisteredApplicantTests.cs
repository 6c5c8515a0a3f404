using System.Net;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Integrations;
using HanoiDvc.WebApi.IntegrationTests.Payments;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>
/// A person without an account is one applicant whichever way their dossiers come: the desk (walk-in) and an integrator
/// give them the same keyed applicant id (never the citizen ID itself nor a plain hash of it: Nghị định 13/2023/NĐ-CP,
/// Điều 2 khoản 3), and both dossiers are found by the public lookup with the citizen ID.
/// </summary>
public sealed class UnregisteredApplicantTests : ApiTestFixture
{
    private const string CitizenId = "001208077665";

    [Test]
    public async Task ThePersonAtTheDesk_AndThroughAnIntegrator_IsTheSameApplicant_AndTracksBothDossiers()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("walkin-desk", scenario.Department, Roles.Receptionist);
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes);

        var walkIn = await DossierScenario.SendAsync(desk, HttpMethod.Post, "/api/v1/dossiers/walk-in", WalkInDossierTests.Body(scenario, CitizenId, scenario.Form), expected: HttpStatusCode.Created);
        using var ingested = await Integrators.IngestAsync(integrator, await Integrators.IngestionBodyAsync(integrator, scenario.Department, CitizenId));
        ingested.StatusCode.ShouldBe(HttpStatusCode.Created, await ingested.Content.ReadAsStringAsync());
        var fromIntegrator = await ingested.Content.ReadFromJsonAsync<JsonElement>();
        var byCode = await Client.GetAsync(new Uri($"/api/v1/dossier-lookup?code={walkIn.GetProperty("code").GetString()}&citizenId={CitizenId}", UriKind.Relative));
        var byTracking = await Client.GetAsync(new Uri($"/api/v1/dossier-lookup?code={fromIntegrator.GetProperty("trackingNumber").GetString()}&citizenId={CitizenId}", UriKind.Relative));

        (await PaymentScenario.CountAsync($"(SELECT DISTINCT applicant_id FROM dossiers WHERE applicant_citizen_id = '{CitizenId}') AS a")).ShouldBe(1, "one person, one applicant");
        (await PaymentScenario.CountAsync($"dossiers WHERE applicant_citizen_id = '{CitizenId}'")).ShouldBe(2);
        (await PaymentScenario.CountAsync($"dossiers WHERE applicant_citizen_id = '{CitizenId}' AND applicant_id::text LIKE '%{CitizenId[^6..]}%'")).ShouldBe(0, "the id does not spell the citizen ID");
        byCode.StatusCode.ShouldBe(HttpStatusCode.OK, await byCode.Content.ReadAsStringAsync());
        byTracking.StatusCode.ShouldBe(HttpStatusCode.OK, await byTracking.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task ACitizenIdInAnotherScriptsDigits_IsRefusedWithItsField_NeverAServerError()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes);
        var body = JsonSerializer.SerializeToNode(await Integrators.IngestionBodyAsync(integrator, scenario.Department, CitizenId))!;

        // Every decimal digit of every script Unicode knows (category Nd) but ASCII's: the number written in that script.
        var zeros = Enumerable.Range(0x80, 0x10000 - 0x80).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber && CharUnicodeInfo.GetDecimalDigitValue(c) == 0);
        foreach (var zero in zeros)
        {
            body["applicant"]!["citizenId"] = new string([.. CitizenId.Select(d => (char)(zero + (d - '0')))]);
            using var response = await Integrators.IngestAsync(integrator, body);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"U+{(int)zero:X4}: {text}");
            text.ShouldContain("citizenId", Case.Insensitive);
        }
    }
}
