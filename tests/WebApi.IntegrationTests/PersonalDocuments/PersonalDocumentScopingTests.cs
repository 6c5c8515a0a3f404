using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CsCheck;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using HanoiDvc.WebApi.IntegrationTests.ElectronicResults;
using static HanoiDvc.WebApi.IntegrationTests.PersonalDocuments.StoreCalls;

namespace HanoiDvc.WebApi.IntegrationTests.PersonalDocuments;

/// <summary>
/// A store document is its owner's: another citizen can neither list, read, edit, remove nor attach it, even knowing its id
/// and its hash; an official reads it only as the attachment of a dossier their agency handles. Generated input is never a 500.
/// </summary>
public sealed class PersonalDocumentScopingTests : ApiTestFixture
{
    [Test]
    public async Task AnotherCitizen_CannotListReadEditRemoveOrAttach_SomeonesDocument()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var bytes = Pdf();
        var victims = await UploadOkAsync(scenario.Citizen, bytes, "Giấy khai sinh");
        var id = victims.GetProperty("id").GetGuid();
        var attacker = await CitizenAsync("001208054321");
        var attackersDraft = (await BareDraftAsync(scenario, attacker)).GetProperty("id").GetGuid();

        (await ListAsync(attacker)).ShouldBeEmpty();
        (await attacker.GetAsync(new Uri($"/api/v1/me/documents/{id}/content", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await attacker.PutAsJsonAsync(new Uri($"/api/v1/me/documents/{id}", UriKind.Relative), new { documentType = "Của tôi" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await attacker.DeleteAsync(new Uri($"/api/v1/me/documents/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var attach = await AttachAsync(attacker, attackersDraft, id, null);
        attach.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await attach.ReadProblemAsync()).FieldErrors("personalDocumentId").ShouldNotBeEmpty();
        (await attacker.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri($"/api/v1/dossiers/{attackersDraft}", UriKind.Relative)))
            .GetProperty("attachments").GetArrayLength().ShouldBe(0);

        var ownersView = (await ListAsync(scenario.Citizen)).ShouldHaveSingleItem();
        ownersView.GetProperty("documentType").GetString().ShouldBe("Giấy khai sinh");
        (await scenario.Citizen.GetByteArrayAsync(new Uri($"/api/v1/me/documents/{id}/content", UriKind.Relative))).ShouldBe(bytes);
    }

    [Test]
    public async Task AnOfficial_ReadsIt_OnlyThroughADossierTheirAgencyHandles()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var draft = await BareDraftAsync(scenario);
        var id = draft.GetProperty("id").GetGuid();
        var name = draft.GetProperty("requiredDocuments")[0].GetProperty("name").GetString()!;
        var document = await UploadOkAsync(scenario.Citizen, Pdf(), name);
        using (var attached = await AttachAsync(scenario.Citizen, id, document.GetProperty("id").GetGuid(), name))
        {
            attached.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        await FormFillers.AttachMandatoryDocumentsAsync(scenario.Citizen, await scenario.Citizen.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative)));
        await scenario.SubmitAsync(id);
        var commune = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26");
        var (otherDesk, _) = await ApiHost.Factory.CreateSignedInClientAsync("desk.other", commune, Roles.Receptionist);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("desk.store", scenario.Department, Roles.Receptionist);
        var attachment = (await desk.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative)))
            .GetProperty("attachments").EnumerateArray().Single(a => a.TryGetProperty("sourceDocumentId", out var s) && s.ValueKind != System.Text.Json.JsonValueKind.Null);
        attachment.GetProperty("source").GetProperty("origin").GetString().ShouldBe("Uploaded");
        var attachmentUri = new Uri($"/api/v1/dossiers/{id}/attachments/{attachment.GetProperty("id").GetGuid()}", UriKind.Relative);

        (await desk.GetAsync(attachmentUri)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherDesk.GetAsync(attachmentUri)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var official in new[] { desk, otherDesk })
        {
            var direct = await official.GetAsync(new Uri($"/api/v1/me/documents/{document.GetProperty("id").GetGuid()}/content", UriKind.Relative));
            direct.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        }
    }

    [Test]
    public async Task AReleasedElectronicResult_EntersTheApplicantsStore_AsIssuedToThem()
    {
        var scenario = await ResultScenario.ArrangeAsync(Client);
        var id = await scenario.AwaitingApprovalAsync(Client, serviceLevel: 4);
        await ResultScenario.PostAsync(scenario.Leader, $"/api/v1/dossiers/{id}/approve", new { comment = "Đồng ý", commentAudience = "Internal" });
        var pdf = ResultScenario.Pdf();
        using (var uploaded = await ResultScenario.UploadResultAsync(scenario.Leader, id, pdf))
        {
            uploaded.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        await DeliverOutboxAsync();
        (await ListAsync(scenario.Citizen)).ShouldNotContain(d => d.GetProperty("origin").GetString() == "IssuedResult", "not before it is released");
        var returned = await ResultScenario.PostAsync(scenario.Desk, $"/api/v1/dossiers/{id}/return-result", new { channel = "Online" });
        await DeliverOutboxAsync();

        var result = (await ListAsync(scenario.Citizen)).Single(d => d.GetProperty("origin").GetString() == "IssuedResult");
        result.GetProperty("originDossierCode").GetString().ShouldBe(returned.GetProperty("code").GetString());
        (await scenario.Citizen.GetByteArrayAsync(new Uri($"/api/v1/me/documents/{result.GetProperty("id").GetGuid()}/content", UriKind.Relative))).ShouldBe(pdf);
    }

    [Test]
    public async Task GeneratedBodiesAndIds_AreNeverAServerError()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var own = (await UploadOkAsync(scenario.Citizen, Pdf(), "Giấy khai sinh")).GetProperty("id").GetGuid();
        var draft = (await BareDraftAsync(scenario)).GetProperty("id").GetGuid();
        var text = Gen.OneOf(Gen.Const((string?)null), Gen.Const<string?>(""), Gen.Const<string?>(new string('ễ', 600)), Gen.String[0, 40].Select(s => (string?)s));
        var date = Gen.OneOf(Gen.Const((string?)null), Gen.Const<string?>("2026-02-30"), Gen.Const<string?>("x"), Gen.Date.Select(d => (string?)d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var ids = Gen.OneOf(Gen.Const(own), Gen.Guid);

        await Gen.Select(text, text, text, date, date, ids, text).SampleAsync(async (type, issuer, number, issued, until, id, documentName) =>
        {
            using var edit = await scenario.Citizen.PutAsJsonAsync(new Uri($"/api/v1/me/documents/{id}", UriKind.Relative), new { documentType = type, issuingBody = issuer, number, issuedOn = issued, validUntil = until });
            using var attach = await AttachAsync(scenario.Citizen, draft, id, documentName);
            ((int)edit.StatusCode).ShouldBeLessThan(500, await edit.Content.ReadAsStringAsync());
            ((int)attach.StatusCode).ShouldBeLessThan(500, await attach.Content.ReadAsStringAsync());
        }, iter: 60, threads: 1);
    }

    private static async Task<HttpClient> CitizenAsync(string citizenId)
    {
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, citizenId, null, [Roles.Citizen], ApplicantType.Citizen, citizenId);
        var client = ApiHost.Factory.CreateHttpsClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TestAccounts.SignInAsync(client, citizenId));
        return client;
    }
}
