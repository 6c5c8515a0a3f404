using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.ElectronicResults;

/// <summary>
/// A sample, through the API, of the allowed actions a dossier's answer carries: what is listed is accepted, what is not
/// listed is refused with a problem whose <c>detail</c> says why (the state × role × agency walk is the domain's test).
/// </summary>
public sealed class DossierAllowedActionsApiTests : ApiTestFixture
{
    [Test]
    public async Task TheLeader_IsOfferedUploadButNotGenerate_WithoutATemplate_AndASecondIssueIsRefused_ND45_2020()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.AwaitingApprovalAsync(Client, serviceLevel: 4);

        var forLeader = await AllowedAsync(scenario.Leader, id);
        forLeader.ShouldContain("UploadResult");
        forLeader.ShouldContain("Approve");
        forLeader.ShouldNotContain("GenerateResult");
        (await AllowedAsync(scenario.Specialist, id)).ShouldNotContain("Approve");
        (await AllowedAsync(scenario.Desk, id)).ShouldNotContain("UploadResult");
        var forCitizen = await AllowedAsync(scenario.Citizen, id);
        forCitizen.ShouldContain("Withdraw");
        forCitizen.ShouldNotContain("Approve");

        using (var generated = await scenario.Leader.PostAsync(new Uri($"/api/v1/dossiers/{id}/result/generate", UriKind.Relative), null))
        {
            generated.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await generated.ReadProblemAsync()).GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        using (var uploaded = await ResultScenario.UploadResultAsync(scenario.Leader, id, ResultScenario.Pdf()))
        {
            uploaded.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var dossier = await GetAsync(scenario.Leader, id);
        Allowed(dossier).ShouldNotContain("UploadResult");
        dossier.GetProperty("issuedResult").GetProperty("fileName").GetString().ShouldBe("quyet-dinh.pdf");
        dossier.GetProperty("issuedResult").GetProperty("verificationCode").GetString()!.Length.ShouldBe(14);
        dossier.GetProperty("procedureName").GetString().ShouldBe(ResultScenario.CorrectionOfDiploma);
        // The applicant does not see the result before it is released.
        (await GetAsync(scenario.Citizen, id)).GetProperty("issuedResult").ValueKind.ShouldBe(JsonValueKind.Null);

        using var again = await ResultScenario.UploadResultAsync(scenario.Leader, id, ResultScenario.Pdf());
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await again.ReadProblemAsync();
        problem.GetProperty("code").GetString().ShouldBe("dossier.result_already_issued");
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Test]
    public async Task TheDesk_IsOfferedTheOnlineReturnOnlyOnceTheResultExists_Decision0014()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.AwaitingApprovalAsync(Client, serviceLevel: 4);
        await ResultScenario.PostAsync(scenario.Leader, $"/api/v1/dossiers/{id}/approve", new { comment = "Đồng ý", commentAudience = "Internal" });

        var forDesk = await AllowedAsync(scenario.Desk, id);
        forDesk.ShouldContain("ReturnResult");
        forDesk.ShouldNotContain("ReturnResultOnline");
        var refused = await ResultScenario.PostAsync(scenario.Desk, $"/api/v1/dossiers/{id}/return-result", new { channel = "Online" }, HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe("dossier.result_missing");

        using (var uploaded = await ResultScenario.UploadResultAsync(scenario.Leader, id, ResultScenario.Pdf()))
        {
            uploaded.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await AllowedAsync(scenario.Desk, id)).ShouldContain("ReturnResultOnline");
        var returned = await ResultScenario.PostAsync(scenario.Desk, $"/api/v1/dossiers/{id}/return-result", new { channel = "Online" });
        returned.GetProperty("status").GetString().ShouldBe("ResultReturned");
        // The answer of the command carries the actions too: the applicant may now rate, the desk nothing more.
        Allowed(returned).ShouldBeEmpty();
        (await AllowedAsync(scenario.Citizen, id)).ShouldBe(["Rate"]);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));

    private static async Task<List<string>> AllowedAsync(HttpClient client, Guid id) => Allowed(await GetAsync(client, id));

    private static List<string> Allowed(JsonElement dossier) =>
        [.. dossier.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()!)];
}
