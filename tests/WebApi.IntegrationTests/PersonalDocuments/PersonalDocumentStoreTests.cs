using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HanoiDvc.WebApi.IntegrationTests.PersonalDocuments.StoreCalls;

namespace HanoiDvc.WebApi.IntegrationTests.PersonalDocuments;

/// <summary>
/// The applicant's store through the real host: what the desk received enters it once; the next application reuses it by
/// reference, and the desk reads where it came from.
/// </summary>
public sealed class PersonalDocumentStoreTests : ApiTestFixture
{
    [Test]
    public async Task WhatTheDeskReceived_EntersTheStoreOnce_AndTheNextDossierReusesIt_WithoutUpload_ShowingTheDeskItsOrigin()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("desk.store", scenario.Department, Roles.Receptionist);
        var first = await scenario.StartAsync();
        await scenario.SubmitAsync(first);
        var received = await DossierScenario.SendAsync(desk, HttpMethod.Post, $"/api/v1/dossiers/{first}/receive", new { comment = (string?)null });
        var code = received.GetProperty("code").GetString()!;
        var asked = received.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("documentName").GetString()!).Distinct().ToList();
        asked.ShouldNotBeEmpty();

        await DeliverOutboxAsync();
        await RedeliverAsync("DossierReceived");

        var store = await ListAsync(scenario.Citizen);
        store.Select(d => d.GetProperty("documentType").GetString()).Order().ShouldBe(asked.Order(), "one entry per document received, even delivered twice");
        store.ShouldAllBe(d => d.GetProperty("origin").GetString() == "AcceptedWithDossier" && d.GetProperty("originDossierCode").GetString() == code
            && !d.GetProperty("editable").GetBoolean() && !d.GetProperty("expired").GetBoolean());

        var second = (await BareDraftAsync(scenario)).GetProperty("id").GetGuid();
        var offered = await ListAsync(scenario.Citizen, second);
        foreach (var name in asked)
        {
            var match = offered.Single(d => d.GetProperty("matchesDocuments").EnumerateArray().Any(m => m.GetString() == name));
            using var attached = await AttachAsync(scenario.Citizen, second, match.GetProperty("id").GetGuid(), name);
            attached.StatusCode.ShouldBe(HttpStatusCode.Created, await attached.Content.ReadAsStringAsync());
        }

        await scenario.SubmitAsync(second);
        var seen = await desk.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{second}", UriKind.Relative));
        foreach (var attachment in seen.GetProperty("attachments").EnumerateArray())
        {
            var source = attachment.GetProperty("source");
            source.GetProperty("origin").GetString().ShouldBe("AcceptedWithDossier");
            source.GetProperty("dossierCode").GetString().ShouldBe(code);
            source.GetProperty("agencyName").GetString().ShouldNotBeNullOrEmpty();
            var storeEntry = store.Single(d => d.GetProperty("id").GetGuid() == attachment.GetProperty("sourceDocumentId").GetGuid());
            var fromDesk = await desk.GetByteArrayAsync(new Uri($"/api/v1/dossiers/{second}/attachments/{attachment.GetProperty("id").GetGuid()}", UriKind.Relative));
            var fromStore = await scenario.Citizen.GetByteArrayAsync(new Uri($"/api/v1/me/documents/{storeEntry.GetProperty("id").GetGuid()}/content", UriKind.Relative));
            fromDesk.ShouldBe(fromStore, "the same stored content, not a new upload");
        }
    }

    [Test]
    public async Task TheOwner_Uploads_Edits_AndRemoves_AndAnExpiredDocumentIsShownButNotAttached()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var bytes = Pdf();
        var document = await UploadOkAsync(scenario.Citizen, bytes, "Giấy khai sinh");
        var id = document.GetProperty("id").GetGuid();
        document.GetProperty("origin").GetString().ShouldBe("Uploaded");
        document.GetProperty("issuingBody").GetString().ShouldBe("UBND phường Dịch Vọng");
        document.GetProperty("editable").GetBoolean().ShouldBeTrue();

        var edited = await DossierScenario.SendAsync(scenario.Citizen, HttpMethod.Put, $"/api/v1/me/documents/{id}",
            new { documentType = "Bản sao giấy khai sinh", issuingBody = (string?)null, number = "45/2011", issuedOn = "2011-01-02", validUntil = (string?)null });
        edited.GetProperty("documentType").GetString().ShouldBe("Bản sao giấy khai sinh");
        edited.GetProperty("number").GetString().ShouldBe("45/2011");
        (await scenario.Citizen.GetByteArrayAsync(new Uri($"/api/v1/me/documents/{id}/content", UriKind.Relative))).ShouldBe(bytes);

        var expired = await UploadOkAsync(scenario.Citizen, Pdf(), "Chứng minh nhân dân", validUntil: "2011-01-01");
        expired.GetProperty("expired").GetBoolean().ShouldBeTrue();
        var draft = (await BareDraftAsync(scenario)).GetProperty("id").GetGuid();
        using (var refused = await AttachAsync(scenario.Citizen, draft, expired.GetProperty("id").GetGuid(), null))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await refused.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("personal_document.expired");
        }

        using var removed = await scenario.Citizen.DeleteAsync(new Uri($"/api/v1/me/documents/{id}", UriKind.Relative));
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ListAsync(scenario.Citizen)).Select(d => d.GetProperty("id").GetGuid()).ShouldBe([expired.GetProperty("id").GetGuid()]);
        (await scenario.Citizen.GetAsync(new Uri($"/api/v1/me/documents/{id}/content", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AnUploadWithoutAType_Is400OnDocumentType_AndAnExeIs400OnFile()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);

        using var untyped = await UploadAsync(scenario.Citizen, Pdf(), " ");
        untyped.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await untyped.ReadProblemAsync()).FieldErrors("documentType").ShouldNotBeEmpty();
        using var exe = await UploadAsync(scenario.Citizen, [.. "MZ\u0090\0"u8, .. Pdf()], "Giấy khai sinh");
        exe.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await exe.ReadProblemAsync()).FieldErrors("file").ShouldNotBeEmpty();
        (await ListAsync(scenario.Citizen)).ShouldBeEmpty();
    }

    private static async Task RedeliverAsync(string type)
    {
        await using (var scope = ApiHost.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.OutboxMessages.Where(m => m.Type == type).ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, (DateTimeOffset?)null))).ShouldBeGreaterThan(0);
        }

        await DeliverOutboxAsync();
    }
}
