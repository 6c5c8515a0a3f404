using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>
/// Files attached to dossiers through the real host: kind by content, safe names, byte-identical downloads for those who
/// may see the dossier, nothing stored when refused. Over the per-dossier total the answer is 409 (<c>dossier.attachments_too_large</c>):
/// the file itself is fine, the dossier's state refuses it.
/// </summary>
public sealed class DossierAttachmentTests : ApiTestFixture
{
    private const string CitizenId = "001208012345";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Test]
    public async Task PdfPngAndDocx_AreAccepted_WithTheirTypeAndHash_AndDownloadByteIdentical_ForTheApplicantAndTheReceivingDesk()
    {
        var (citizen, department, id) = await DraftAsync();
        var desk = (await ApiHost.Factory.CreateSignedInClientAsync("desk", department, Roles.Receptionist)).Client;
        var files = new[] { (Pdf(), "don-de-nghi.pdf", "application/pdf"), (Png(), "anh-the.png", "image/png"), (Docx(), "to-khai.docx", DocxType) };
        var documentName = (await RequiredDocumentsAsync(citizen, id))[0].GetProperty("name").GetString()!;

        var uploaded = new List<(JsonElement Attachment, byte[] Bytes)>();
        foreach (var (bytes, name, _) in files)
        {
            uploaded.Add((await UploadOkAsync(citizen, id, bytes, name, documentName), bytes));
        }

        await SubmitAsync(citizen, id);
        for (var i = 0; i < files.Length; i++)
        {
            var (attachment, bytes) = uploaded[i];
            attachment.GetProperty("mediaType").GetString().ShouldBe(files[i].Item3);
            attachment.GetProperty("sha256").GetString().ShouldBe(Sha256(bytes));
            attachment.GetProperty("size").GetInt64().ShouldBe(bytes.Length);
            attachment.GetProperty("fileName").GetString().ShouldBe(files[i].Item2);
            attachment.GetProperty("documentName").GetString().ShouldBe(documentName);
            foreach (var reader in new[] { citizen, desk })
            {
                using var download = await reader.GetAsync(AttachmentUri(id, attachment));
                download.StatusCode.ShouldBe(HttpStatusCode.OK);
                download.Content.Headers.ContentType!.MediaType.ShouldBe(files[i].Item3);
                download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
                download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe(files[i].Item2);
                download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
                download.Headers.GetValues("Content-Security-Policy").Single().ShouldBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox");
                (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
            }
        }

        var dossier = await desk.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        dossier.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("fileName").GetString()).Take(files.Length)
            .ShouldBe(["don-de-nghi.pdf", "anh-the.png", "to-khai.docx"], "in the order they were attached, before the other documents");
    }

    [Test]
    public async Task AnExeRenamedPdf_Is400OnTheFileField_AndNothingIsStored()
    {
        var (citizen, _, id) = await DraftAsync();
        var exe = Concat("MZ\u0090\0\u0003\0\0\0"u8.ToArray(), RandomNumberGenerator.GetBytes(2000));

        using var response = await UploadAsync(citizen, id, exe, "giay-khai-sinh.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).FieldErrors("file").ShouldBe(["Chỉ nhận tệp PDF, JPEG, PNG hoặc DOCX."]);
        (await AttachmentRowsAsync(id)).ShouldBe(0);
        (await IsStoredAsync(exe)).ShouldBeFalse();
    }

    [Test]
    public async Task AFileOverTheLimit_Is400OnTheFileField_AndNothingIsWritten()
    {
        var (citizen, _, id) = await DraftAsync();
        await using var small = ApiHost.Factory.WithWebHostBuilder(b => b.UseSetting("Uploads:MaxFileBytes", "1024"));
        using var client = ClientOf(small, citizen);
        var big = Pdf(2048);

        using var response = await UploadAsync(client, id, big, "lon.pdf");
        using var fits = await UploadAsync(client, id, Pdf(500), "nho.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).FieldErrors("file").ShouldHaveSingleItem().ShouldContain("MB");
        (await IsStoredAsync(big)).ShouldBeFalse();
        fits.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await AttachmentRowsAsync(id)).ShouldBe(1);
    }

    [Test]
    public async Task OverTheDossierTotal_Is409_AndTheFileIsNotStored()
    {
        var (citizen, _, id) = await DraftAsync();
        await using var small = ApiHost.Factory.WithWebHostBuilder(b => b.UseSetting("Uploads:MaxDossierBytes", "2500"));
        using var client = ClientOf(small, citizen);
        var second = Pdf(1500);

        using var first = await UploadAsync(client, id, Pdf(1500), "mot.pdf");
        using var response = await UploadAsync(client, id, second, "hai.pdf");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.attachments_too_large");
        (await AttachmentRowsAsync(id)).ShouldBe(1);
        (await IsStoredAsync(second)).ShouldBeFalse();
    }

    [Test]
    public async Task APathTraversalName_IsStoredAsItsLastSegment()
    {
        var (citizen, _, id) = await DraftAsync();

        var attachment = await UploadOkAsync(citizen, id, Pdf(), "../../x.pdf");

        attachment.GetProperty("fileName").GetString().ShouldBe("x.pdf");
        using var download = await citizen.GetAsync(AttachmentUri(id, attachment));
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("x.pdf");
    }

    [Test]
    public async Task AnotherCitizen_AndAnOfficialOfAnotherAgency_Get404_OnDownloadAndUpload()
    {
        var (citizen, _, id) = await DraftAsync();
        var attachment = await UploadOkAsync(citizen, id, Pdf(), "don.pdf");
        await SubmitAsync(citizen, id);
        var commune = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26");
        var otherDesk = (await ApiHost.Factory.CreateSignedInClientAsync("other-desk", commune, Roles.Receptionist)).Client;
        var stranger = (await ApiHost.Factory.CreateSignedInClientAsync("001208054321", null, Roles.Citizen)).Client;

        foreach (var client in new[] { otherDesk, stranger })
        {
            using var download = await client.GetAsync(AttachmentUri(id, attachment));
            download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            using var upload = await UploadAsync(client, id, Pdf(), "chen.pdf");
            upload.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Test]
    public async Task UploadingOrRemovingAfterReception_Is409()
    {
        var (citizen, department, id) = await DraftAsync();
        var attachment = await UploadOkAsync(citizen, id, Pdf(), "don.pdf");
        await SubmitAsync(citizen, id);
        var desk = (await ApiHost.Factory.CreateSignedInClientAsync("desk", department, Roles.Receptionist)).Client;
        (await desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = await AttachmentRowsAsync(id);

        using var upload = await UploadAsync(citizen, id, Pdf(), "muon.pdf");
        using var remove = await citizen.DeleteAsync(AttachmentUri(id, attachment));

        upload.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await upload.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.invalid_transition");
        remove.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await AttachmentRowsAsync(id)).ShouldBe(rows);
    }

    [Test]
    public async Task SubmittingWithoutTheMandatoryDocuments_Is400_NamingEachMissingOne_AndTheDraftStaysADraft()
    {
        var (citizen, _, id) = await DraftAsync();
        var documents = await RequiredDocumentsAsync(citizen, id);
        var mandatory = documents.Select((d, i) => (d, i)).Where(x => x.d.GetProperty("mandatory").GetBoolean()).ToList();
        mandatory.Count.ShouldBeGreaterThan(1, "the arranged procedure asks for several mandatory documents");
        // Named as the form's file field names it (FormFillers), so only the missing documents are reported.
        await UploadOkAsync(citizen, id, Pdf(), "giay-to.pdf", mandatory[0].d.GetProperty("name").GetString());

        using var response = await citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/submit", new { formData = (object?)null });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("code").GetString().ShouldBe("dossier.invalid_form");
        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString());
        errors.Keys.ShouldBe(mandatory.Skip(1).Select(x => $"documents[{x.i}]"));
        errors[$"documents[{mandatory[1].i}]"].ShouldBe($"Chưa đính kèm: {mandatory[1].d.GetProperty("name").GetString()}.");
        var dossier = await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        dossier.GetProperty("status").GetString().ShouldBe("Draft");
        dossier.GetProperty("trackingNumber").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task AFileForADocumentTheProcedureDoesNotAskFor_Is400OnDocumentName_AndNothingIsStored()
    {
        var (citizen, _, id) = await DraftAsync();
        var bytes = Pdf();

        using var response = await UploadAsync(citizen, id, bytes, "giay-khai-sinh.pdf", "Giấy khai sinh của ông bà");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).GetProperty("errors").TryGetProperty("documentName", out _).ShouldBeTrue();
        (await AttachmentRowsAsync(id)).ShouldBe(0);
        (await IsStoredAsync(bytes)).ShouldBeFalse();
    }

    [Test]
    public async Task RemovingAFileFromADraft_TakesItOutOfTheDossier()
    {
        var (citizen, _, id) = await DraftAsync();
        var attachment = await UploadOkAsync(citizen, id, Png(), "anh.png");

        using var remove = await citizen.DeleteAsync(AttachmentUri(id, attachment));
        using var again = await citizen.DeleteAsync(AttachmentUri(id, attachment));

        remove.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await remove.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attachments").GetArrayLength().ShouldBe(0);
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await citizen.GetAsync(AttachmentUri(id, attachment))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task TheUploadIsDocumented_AsMultipartWithTheFileField()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>(new Uri("/swagger/v1/swagger.json", UriKind.Relative));

        var post = document.GetProperty("paths").GetProperty("/api/v1/dossiers/{id}/attachments").GetProperty("post");
        var form = post.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        form.GetRawText().ShouldContain("\"file\"");
        form.GetRawText().ShouldContain("documentName");
        document.GetProperty("paths").GetProperty("/api/v1/dossiers/{id}/attachments/{attachmentId}").TryGetProperty("get", out _).ShouldBeTrue();
    }

    private async Task<(HttpClient Citizen, Guid Department, Guid Dossier)> DraftAsync()
    {
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, CitizenId, null, [Roles.Citizen], ApplicantType.Citizen, CitizenId);
        var citizen = ApiHost.Factory.CreateHttpsClient();
        citizen.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TestAccounts.SignInAsync(citizen, CitizenId));
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var (procedure, form) = await FormFillers.DepartmentProcedureAsync(Client);
        var response = await citizen.PostAsJsonAsync("/api/v1/dossiers", new { procedureId = procedure, decidingAgencyId = department, formData = form });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (citizen, department, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static async Task<List<JsonElement>> RequiredDocumentsAsync(HttpClient citizen, Guid id) =>
        [.. (await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative))).GetProperty("requiredDocuments").EnumerateArray()];

    private static async Task SubmitAsync(HttpClient citizen, Guid id)
    {
        await FormFillers.AttachMandatoryDocumentsAsync(citizen, await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative)));
        var response = await citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/submit", new { formData = (object?)null });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static HttpClient ClientOf(WebApplicationFactory<Program> factory, HttpClient signedIn)
    {
        var client = factory.CreateHttpsClient();
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] bytes, string fileName, string? documentName = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        if (documentName is not null)
        {
            form.Add(new StringContent(documentName, Encoding.UTF8), "documentName");
        }

        return await client.PostAsync(new Uri($"/api/v1/dossiers/{id}/attachments", UriKind.Relative), form);
    }

    private static async Task<JsonElement> UploadOkAsync(HttpClient client, Guid id, byte[] bytes, string fileName, string? documentName = null)
    {
        using var response = await UploadAsync(client, id, bytes, fileName, documentName);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var attachment = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/dossiers/{id}/attachments/{attachment.GetProperty("id").GetGuid()}");
        return attachment;
    }

    private static Uri AttachmentUri(Guid id, JsonElement attachment) =>
        new($"/api/v1/dossiers/{id}/attachments/{attachment.GetProperty("id").GetGuid()}", UriKind.Relative);

    private static async Task<int> AttachmentRowsAsync(Guid id)
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Dossiers.Where(d => d.Id == id).SelectMany(d => d.Attachments).CountAsync();
    }

    private static async Task<bool> IsStoredAsync(byte[] bytes)
    {
        await using var stream = await ApiHost.Factory.Services.GetRequiredService<IFileStore>().OpenAsync(Sha256(bytes), CancellationToken.None);
        return stream is not null;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static byte[] Concat(byte[] head, byte[] tail) => [.. head, .. tail];

    /// <summary>A PDF-looking file of <paramref name="size"/> bytes, unique per call (so "not stored" checks see a new hash).</summary>
    private static byte[] Pdf(int size = 1200) => Concat("%PDF-1.7\n"u8.ToArray(), RandomNumberGenerator.GetBytes(size - 9));

    private static byte[] Png() => Concat([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], RandomNumberGenerator.GetBytes(800));

    private static byte[] Docx()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "word/document.xml", $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>{Guid.NewGuid()}</w:t></w:r></w:p></w:body></w:document>");
        }

        return memory.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
