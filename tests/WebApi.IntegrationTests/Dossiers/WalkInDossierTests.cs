using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

public sealed class WalkInDossierTests : ApiTestFixture
{
    private const string WalkInCitizenId = "001208099887";

    [Test]
    public async Task TheDesk_EntersAPaperDossier_ItIsReceivedAtOnce_CountedAsDirect_AndTrackableByCodeAndCitizenId()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("walkin-desk", scenario.Department, Roles.Receptionist);

        using var response = await desk.PostAsJsonAsync("/api/v1/dossiers/walk-in", Body(scenario, WalkInCitizenId, scenario.Form));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var dossier = await response.Content.ReadFromJsonAsync<JsonElement>();
        var code = dossier.GetProperty("code").GetString()!;
        var inbox = await desk.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dossiers/inbox?status=Received", UriKind.Relative));
        var lookup = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossier-lookup?code={code}&citizenId={WalkInCitizenId}", UriKind.Relative));

        (dossier.GetProperty("status").GetString(), dossier.GetProperty("submissionChannel").GetString()).ShouldBe(("Received", "InPerson"));
        code.ShouldMatch(@"^000\.00\.12\.H26-\d{6}-0001$");
        dossier.GetProperty("applicantName").GetString().ShouldBe("Lê Văn Cường");
        dossier.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ShouldBe(["Submit", "Receive"]);
        inbox.GetProperty("items").EnumerateArray().Single().GetProperty("submissionChannel").GetString().ShouldBe("InPerson");
        lookup.GetProperty("status").GetString().ShouldBe("Received");
    }

    [Test]
    public async Task AWalkInOfACitizenWithAnAccount_ShowsInTheirList()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("walkin-desk", scenario.Department, Roles.Receptionist);

        var created = await DossierScenario.SendAsync(desk, HttpMethod.Post, "/api/v1/dossiers/walk-in", Body(scenario, DossierScenario.CitizenId, scenario.Form), expected: HttpStatusCode.Created);

        var mine = await scenario.Citizen.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dossiers/mine", UriKind.Relative));
        mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(created.GetProperty("id").GetGuid());
    }

    [Test]
    public async Task BadInput_IsAFieldError_AndNothingIsStored_NorANumberTaken()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("walkin-desk", scenario.Department, Roles.Receptionist);
        var incomplete = scenario.Form.ToDictionary(p => p.Key, p => (string?)null);

        using var badId = await desk.PostAsJsonAsync("/api/v1/dossiers/walk-in", Body(scenario, "12345", scenario.Form));
        using var badForm = await desk.PostAsJsonAsync("/api/v1/dossiers/walk-in", Body(scenario, WalkInCitizenId, incomplete));
        using var online = await desk.PostAsJsonAsync("/api/v1/dossiers/walk-in", Body(scenario, WalkInCitizenId, scenario.Form, channel: "Online"));
        using var citizen = await scenario.Citizen.PostAsJsonAsync("/api/v1/dossiers/walk-in", Body(scenario, WalkInCitizenId, scenario.Form));
        var first = await DossierScenario.SendAsync(desk, HttpMethod.Post, "/api/v1/dossiers/walk-in", Body(scenario, WalkInCitizenId, scenario.Form), expected: HttpStatusCode.Created);

        badId.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badId.ReadProblemAsync()).GetProperty("errors").TryGetProperty("applicant.citizenId", out _).ShouldBeTrue();
        badForm.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badForm.ReadProblemAsync()).GetProperty("errors").EnumerateObject().ShouldContain(e => e.Name.StartsWith("formData.", StringComparison.Ordinal));
        online.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        citizen.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        first.GetProperty("code").GetString()!.ShouldEndWith("-0001", Case.Sensitive, "the refused attempts gave their numbers back");
    }

    internal static object Body(DossierScenario scenario, string citizenId, Dictionary<string, string?> form, string channel = "InPerson") => new
    {
        procedureId = scenario.Procedure,
        decidingAgencyId = scenario.Department,
        channel,
        applicant = new { fullName = "Lê Văn Cường", citizenId, phone = "0987654321", email = (string?)null },
        formData = form,
        note = "Nộp tại quầy",
        commentAudience = "Internal",
    };
}
