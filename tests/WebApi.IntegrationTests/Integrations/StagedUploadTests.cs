using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using HanoiDvc.Application.Files;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Integrations;

/// <summary>
/// Stored files belong to someone: an ingestion names by hash only what the same client uploaded within the window, never
/// a file of the shared, content-addressed store that someone else put there (a citizen's document, a published result).
/// </summary>
public sealed class StagedUploadTests : ApiTestFixture
{
    [Test]
    public async Task AnotherClientsUpload_CannotBeAttachedByItsHash_NorReadThroughTheDossier()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        using var owner = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes, "Phần mềm trường A");
        using var thief = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes, "Phần mềm trường B");
        var ownersBody = JsonSerializer.SerializeToElement(await Integrators.IngestionBodyAsync(owner, department));
        var thiefsBody = JsonSerializer.SerializeToElement(await Integrators.IngestionBodyAsync(thief, department, "001208077777"));

        // The thief's own form, with the owner's file hashes in place of its own uploads.
        var stolen = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(thiefsBody)!;
        stolen["attachments"] = ownersBody.GetProperty("attachments");
        using var refused = await Integrators.IngestAsync(thief, stolen);
        using var own = await Integrators.IngestAsync(owner, ownersBody);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        (await refused.ReadProblemAsync()).GetProperty("errors").TryGetProperty("attachments[0].sha256", out _).ShouldBeTrue();
        own.StatusCode.ShouldBe(HttpStatusCode.Created, await own.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task AResultsPublicHash_OrACitizensAttachment_CannotBeNamedByAnIntegrator()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var scenario = await Dossiers.DossierScenario.ArrangeAsync(Client);
        var draft = await scenario.Citizen.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{await scenario.StartAsync()}");
        var citizensHash = draft.GetProperty("attachments")[0].GetProperty("sha256").GetString();
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes, "Phần mềm tò mò");
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.SerializeToElement(await Integrators.IngestionBodyAsync(integrator, department)))!;
        body["attachments"] = JsonSerializer.SerializeToElement(new[] { new { sha256 = citizensHash, fileName = "cua-nguoi-khac.pdf", documentName = (string?)null } });

        using var refused = await Integrators.IngestAsync(integrator, body);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        (await refused.Content.ReadAsStringAsync()).ShouldNotContain(citizensHash!);
        scenario.Citizen.Dispose();
    }

    [Test]
    public async Task AnExpiredUpload_IsRefused_ThenCollected_AndUploadingAgainRenewsIt()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes, "Phần mềm chậm");
        var body = await Integrators.IngestionBodyAsync(integrator, department);
        await using (var scope = ApiHost.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.StagedFiles.ExecuteUpdateAsync(set => set.SetProperty(f => f.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        using var expired = await Integrators.IngestAsync(integrator, body);
        expired.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await expired.Content.ReadAsStringAsync());

        await using (var scope = ApiHost.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrphanFileCollector>().CollectAsync(TimeSpan.FromDays(1), CancellationToken.None);
            (await scope.ServiceProvider.GetRequiredService<AppDbContext>().StagedFiles.CountAsync()).ShouldBe(0, "expired uploads are forgotten");
        }

        using var renewed = await Integrators.IngestAsync(integrator, await Integrators.IngestionBodyAsync(integrator, department));
        renewed.StatusCode.ShouldBe(HttpStatusCode.Created, await renewed.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task TheSameContent_UploadedByTwoClients_IsStagedForEach()
    {
        using var first = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes, "Phần mềm 1");
        using var second = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes, "Phần mềm 2");
        var content = (byte[])[.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(100)];

        foreach (var client in new[] { first, second, first })
        {
            using var upload = new MultipartFormDataContent();
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            upload.Add(file, "file", "giay-to.pdf");
            using var response = await client.PostAsync("/api/v1/integrations/files", upload);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().StagedFiles.CountAsync(f => f.Sha256 == hash)).ShouldBe(2);
    }
}
