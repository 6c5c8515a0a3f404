using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.PersonalDocuments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>
/// Digitising a walk-in dossier's papers through the real host: the desk records each scan with its metadata, the dossier
/// counts as digitised with its last paper, the scan is read only by the applicant and the handling agencies, and bad input
/// is a 400 naming its fields.
/// </summary>
public sealed class DigitisationTests : ApiTestFixture
{
    private const string Request = "Đơn đề nghị";
    private const string IdCard = "Căn cước công dân";

    [Test]
    public async Task TheDesk_DigitisesEachPaper_TheLastOneCountsTheDossier_AndTheApplicantDownloadsTheScan()
    {
        var (scenario, desk, id) = await WalkInAsync();
        var before = await desk.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        before.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldContain("DigitisePaper");
        before.GetProperty("papersLeftToDigitise").EnumerateArray().Select(p => p.GetString()).ShouldBe([Request, IdCard]);

        var scan = Pdf();
        var first = await DigitiseOkAsync(desk, id, scan, Request);
        first.GetProperty("documentsDigitisedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var last = await DigitiseOkAsync(desk, id, Pdf(), IdCard);

        last.GetProperty("documentsDigitisedAt").ValueKind.ShouldBe(JsonValueKind.String);
        last.GetProperty("papersLeftToDigitise").GetArrayLength().ShouldBe(0);
        last.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldNotContain("DigitisePaper");
        var copy = last.GetProperty("digitisedCopies").EnumerateArray().First();
        (copy.GetProperty("documentName").GetString(), copy.GetProperty("issuingBody").GetString(), copy.GetProperty("issuedOn").GetString(), copy.GetProperty("sha256").GetString())
            .ShouldBe((Request, "Công an thành phố Hà Nội", "2025-06-01", Convert.ToHexStringLower(SHA256.HashData(scan))));
        using var download = await scenario.Citizen.GetAsync(CopyUri(id, copy));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(scan);
        (await DocumentsDigitisedAtAsync(id)).ShouldNotBeNull();
    }

    [Test]
    public async Task EachPaperDigitisedForAnApplicantWithAnAccount_EntersTheirStore_WithWhatTheDeskReadOffIt()
    {
        var (scenario, desk, id) = await WalkInAsync();
        var scan = Pdf();
        await DigitiseOkAsync(desk, id, scan, Request);
        await DigitiseOkAsync(desk, id, Pdf(), IdCard);

        await StoreCalls.DeliverOutboxAsync();

        var store = (await StoreCalls.ListAsync(scenario.Citizen)).Where(d => d.GetProperty("origin").GetString() == "DigitisedAtDesk").ToList();
        store.Select(d => d.GetProperty("documentType").GetString()).Order().ShouldBe(new[] { Request, IdCard }.Order());
        var request = store.Single(d => d.GetProperty("documentType").GetString() == Request);
        (request.GetProperty("issuingBody").GetString(), request.GetProperty("issuedOn").GetString()).ShouldBe(("Công an thành phố Hà Nội", "2025-06-01"));
        var content = await scenario.Citizen.GetByteArrayAsync(new Uri($"/api/v1/me/documents/{request.GetProperty("id").GetGuid()}/content", UriKind.Relative));
        content.ShouldBe(scan);
    }

    [Test]
    public async Task TheScan_IsNotReadByAnotherAgencysOfficial_NorByAnotherCitizen_NorDigitisedByThem()
    {
        var (_, desk, id) = await WalkInAsync();
        var copy = (await DigitiseOkAsync(desk, id, Pdf(), Request)).GetProperty("digitisedCopies")[0];
        var otherAgency = await OtherAgencyAsync();
        var (otherDesk, _) = await ApiHost.Factory.CreateSignedInClientAsync("digitise-other-desk", otherAgency, Roles.Receptionist);
        var (otherCitizen, _) = await ApiHost.Factory.CreateSignedInClientAsync("digitise-other-citizen", null, Roles.Citizen);

        using var byOtherDesk = await otherDesk.GetAsync(CopyUri(id, copy));
        using var byOtherCitizen = await otherCitizen.GetAsync(CopyUri(id, copy));
        using var digitisedByOtherDesk = await DigitiseAsync(otherDesk, id, Pdf(), IdCard);

        byOtherDesk.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        byOtherCitizen.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        digitisedByOtherDesk.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task BadInput_Is400_NamingItsFields_AndAPaperDigitisedTwice_Is409()
    {
        var (_, desk, id) = await WalkInAsync();

        using var missing = await DigitiseAsync(desk, id, Pdf(), documentName: null, issuingBody: null, issuedOn: "01/06/2025", validUntil: "soon");
        using var notAScan = await DigitiseAsync(desk, id, "MZ\u0090\0 not a scan"u8.ToArray(), Request);
        using var expiresFirst = await DigitiseAsync(desk, id, Pdf(), Request, issuedOn: "2025-06-01", validUntil: "2025-01-01");

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await missing.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        errors.ShouldBe(["documentName", "issuingBody", "issuedOn", "validUntil"], ignoreOrder: true);
        notAScan.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notAScan.ReadProblemAsync()).FieldErrors("file").ShouldHaveSingleItem();
        expiresFirst.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await expiresFirst.ReadProblemAsync()).FieldErrors("validUntil").ShouldHaveSingleItem();

        await DigitiseOkAsync(desk, id, Pdf(), Request);
        using var twice = await DigitiseAsync(desk, id, Pdf(), Request);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.paper_already_digitised");
    }

    [Test]
    public async Task ThePaperResult_IsDigitisedByTheDesk_OnceDecided_Once()
    {
        var (scenario, desk, id) = await WalkInAsync();
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("digitise-specialist", scenario.Department, Roles.Specialist);
        var (leader, _) = await ApiHost.Factory.CreateSignedInClientAsync("digitise-leader", scenario.Department, Roles.Leader);
        using var early = await DigitiseAsync(desk, id, Pdf(), "Bản sao văn bằng", of: "result");
        await DossierScenario.SendAsync(leader, HttpMethod.Post, $"/api/v1/dossiers/{id}/assign", new { assigneeId = specialistId });
        await DossierScenario.SendAsync(specialist, HttpMethod.Post, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = (string?)null });
        var approved = await DossierScenario.SendAsync(leader, HttpMethod.Post, $"/api/v1/dossiers/{id}/approve", new { comment = (string?)null });
        approved.GetProperty("resultDigitisedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var forDesk = await desk.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));

        using var recorded = await DigitiseAsync(desk, id, Pdf(), "Bản sao văn bằng", of: "result");
        using var twice = await DigitiseAsync(desk, id, Pdf(), "Bản sao văn bằng", of: "result");

        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.invalid_transition");
        forDesk.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldContain("DigitiseResult");
        recorded.StatusCode.ShouldBe(HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());
        var dossier = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        dossier.GetProperty("resultDigitisedAt").ValueKind.ShouldBe(JsonValueKind.String);
        dossier.GetProperty("digitisedCopies").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "Result")
            .GetProperty("documentName").GetString().ShouldBe("Bản sao văn bằng");
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.result_already_digitised");
    }

    private async Task<(DossierScenario Scenario, HttpClient Desk, Guid Id)> WalkInAsync()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync($"digitise-desk-{Guid.NewGuid():N}"[..30], scenario.Department, Roles.Receptionist);
        var body = new
        {
            procedureId = scenario.Procedure,
            decidingAgencyId = scenario.Department,
            channel = "InPerson",
            applicant = new { fullName = "Nguyễn Văn An", citizenId = DossierScenario.CitizenId, phone = "0987654321", email = (string?)null },
            formData = scenario.Form,
            note = (string?)null,
            receivedPapers = new[] { new { name = Request, form = "Original", count = 1 }, new { name = IdCard, form = "Copy", count = 1 } },
        };
        var created = await DossierScenario.SendAsync(desk, HttpMethod.Post, "/api/v1/dossiers/walk-in", body, expected: HttpStatusCode.Created);
        return (scenario, desk, created.GetProperty("id").GetGuid());
    }

    private static async Task<HttpResponseMessage> DigitiseAsync(
        HttpClient client, Guid id, byte[] bytes, string? documentName, string? issuingBody = "Công an thành phố Hà Nội", string? issuedOn = "2025-06-01", string? validUntil = null,
        string of = "paper")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "scan.pdf");
        foreach (var (name, value) in new[] { ("documentName", documentName), ("issuingBody", issuingBody), ("number", "012/CA"), ("issuedOn", issuedOn), ("validUntil", validUntil) })
        {
            if (value is not null)
            {
                form.Add(new StringContent(value, Encoding.UTF8), name);
            }
        }

        return await client.PostAsync(new Uri($"/api/v1/dossiers/{id}/{(of == "paper" ? "digitised-papers" : "digitised-result")}", UriKind.Relative), form);
    }

    private static async Task<JsonElement> DigitiseOkAsync(HttpClient client, Guid id, byte[] bytes, string documentName)
    {
        using var response = await DigitiseAsync(client, id, bytes, documentName);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Uri CopyUri(Guid id, JsonElement copy) => new($"/api/v1/dossiers/{id}/digitised-copies/{copy.GetProperty("id").GetGuid()}", UriKind.Relative);

    private static async Task<Guid> OtherAgencyAsync()
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Agencies
            .Where(a => a.Code != TestAccounts.DepartmentCode).OrderBy(a => a.Code).Select(a => a.Id).FirstAsync();
    }

    private static async Task<DateTimeOffset?> DocumentsDigitisedAtAsync(Guid id)
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Dossiers.Where(d => d.Id == id).Select(d => d.DocumentsDigitisedAt).SingleAsync();
    }

    private static byte[] Pdf() => [.. "%PDF-1.7\n"u8.ToArray(), .. RandomNumberGenerator.GetBytes(1000)];
}
