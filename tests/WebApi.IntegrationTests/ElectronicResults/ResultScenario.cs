using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.ElectronicResults;

/// <summary>
/// A Department dossier taken over HTTP to "awaiting approval": a citizen, the Department's desk, leader and specialist,
/// and a procedure of the chosen service level (or the copy-of-diploma procedure, whose result is generated).
/// </summary>
internal sealed class ResultScenario
{
    public const string CopyOfDiploma = "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc";

    /// <summary>A Department procedure open to citizens whose result has no template (the leader attaches it).</summary>
    public const string CorrectionOfDiploma = "Chỉnh sửa nội dung văn bằng, chứng chỉ";

    private ResultScenario(DossierScenario dossiers, HttpClient desk, HttpClient leader, HttpClient specialist, Guid specialistId)
    {
        Dossiers = dossiers;
        Desk = desk;
        Leader = leader;
        Specialist = specialist;
        SpecialistId = specialistId;
    }

    public DossierScenario Dossiers { get; }

    public HttpClient Citizen => Dossiers.Citizen;

    public HttpClient Desk { get; }

    public HttpClient Leader { get; }

    public HttpClient Specialist { get; }

    public Guid SpecialistId { get; }

    public static async Task<ResultScenario> ArrangeAsync(HttpClient anonymous)
    {
        var dossiers = await DossierScenario.ArrangeAsync(anonymous);
        var desk = (await ApiHost.Factory.CreateSignedInClientAsync("desk", dossiers.Department, Roles.Receptionist)).Client;
        var leader = (await ApiHost.Factory.CreateSignedInClientAsync("leader", dossiers.Department, Roles.Leader)).Client;
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("specialist", dossiers.Department, Roles.Specialist);
        return new ResultScenario(dossiers, desk, leader, specialist, specialistId);
    }

    /// <summary>
    /// A dossier of a Department procedure of <paramref name="serviceLevel"/> (not the copy of a diploma, whose result has a
    /// template), submitted, received, assigned and awaiting approval.
    /// </summary>
    public async Task<Guid> AwaitingApprovalAsync(HttpClient anonymous, int serviceLevel)
    {
        if (serviceLevel == 4)
        {
            // No Department procedure is published toàn trình in the catalogue in force: the test publishes one as a change.
            await FullyOnlineAsync(anonymous, CorrectionOfDiploma);
        }

        var (procedure, form) = await FormFillers.ProcedureAsync(anonymous, "province", serviceLevel, except: CopyOfDiploma);
        return await AwaitingApprovalAsync(procedure, form);
    }

    /// <summary>
    /// The Department's copy of a diploma, published (by the test, as a catalogue change) toàn trình with its result delivered
    /// online: the catalogue in force offers it "một phần", as no published record says otherwise.
    /// </summary>
    public static Task<Guid> FullyOnlineCopyOfDiplomaAsync(HttpClient anonymous) => FullyOnlineAsync(anonymous, CopyOfDiploma);

    private static async Task<Guid> FullyOnlineAsync(HttpClient anonymous, string name)
    {
        var page = await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures?q={Uri.EscapeDataString(name)}&level=province&pageSize=20", UriKind.Relative));
        var procedure = page.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sysadmin", null, Roles.SystemAdmin);
        await Catalogue.CatalogueChanges.PublishFullyOnlineAsync(admin, procedure);
        return procedure;
    }

    /// <summary>A copy-of-diploma dossier awaiting approval, with the form answers it was submitted with.</summary>
    public async Task<(Guid Id, Dictionary<string, string?> Form)> CopyOfDiplomaAwaitingApprovalAsync(HttpClient anonymous)
    {
        var procedure = await FullyOnlineCopyOfDiplomaAsync(anonymous);
        var form = await FormFillers.AnswersAsync(anonymous, procedure);
        form["holderName"] = "Trần Thị Hồng Nhung";
        return (await AwaitingApprovalAsync(procedure, form, id => RecordCopyDataAsync(Specialist, id)), form);
    }

    /// <summary>A copy-of-diploma dossier being processed by the specialist (nothing recorded for its result yet).</summary>
    public async Task<Guid> CopyOfDiplomaInProcessingAsync(HttpClient anonymous)
    {
        var procedure = await FullyOnlineCopyOfDiplomaAsync(anonymous);
        var form = await FormFillers.AnswersAsync(anonymous, procedure);
        form["holderName"] = "Trần Thị Hồng Nhung";
        var id = (await FormFillers.StartDraftAsync(Citizen, procedure, Dossiers.Department, form)).GetProperty("id").GetGuid();
        await PostAsync(Citizen, $"/api/v1/dossiers/{id}/submit", new { formData = form });
        await PostAsync(Desk, $"/api/v1/dossiers/{id}/receive", new { comment = "Đủ hồ sơ", commentAudience = "Internal" });
        await PostAsync(Leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = SpecialistId });
        return id;
    }

    /// <summary>What the specialist reads in the original register for the copy (Thông tư 21/2019/TT-BGDĐT: the register's entries the copy reproduces).</summary>
    public static readonly IReadOnlyDictionary<string, string?> CopyData = new Dictionary<string, string?>
    {
        ["holderName"] = "Trần Thị Hồng Nhung",
        ["dateOfBirth"] = "2005-09-02",
        ["placeOfBirth"] = "Hà Nội",
        ["gender"] = "nu",
        ["school"] = "Trường THPT Chu Văn An",
        ["graduationYear"] = "2023",
        ["classification"] = "Khá",
        ["diplomaNumber"] = "B0123456",
        ["registerNumber"] = "TN2023/1587",
        ["decision"] = "Quyết định số 1234/QĐ-SGDĐT ngày 20/7/2023",
        ["copyRegisterNumber"] = "BS-2026/0042",
    };

    /// <summary>Records <see cref="CopyData"/> as the result data of dossier <paramref name="id"/>.</summary>
    public static Task<JsonElement> RecordCopyDataAsync(HttpClient official, Guid id) =>
        DossierScenario.SendAsync(official, HttpMethod.Put, $"/api/v1/dossiers/{id}/result-data", new { values = CopyData });

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        DossierScenario.SendAsync(client, HttpMethod.Post, path, body, expected: expected);

    /// <summary>Approves, then returns the result through <paramref name="channel"/>.</summary>
    public async Task ApproveAndReturnAsync(Guid id, string channel = "Online")
    {
        await PostAsync(Leader, $"/api/v1/dossiers/{id}/approve", new { comment = "Đồng ý", commentAudience = "Internal" });
        await PostAsync(Desk, $"/api/v1/dossiers/{id}/return-result", new { channel });
    }

    /// <summary>Uploads <paramref name="bytes"/> as the result (multipart field <c>file</c>).</summary>
    public static async Task<HttpResponseMessage> UploadResultAsync(HttpClient client, Guid id, byte[] bytes, string fileName = "quyet-dinh.pdf")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        form.Add(new StringContent("Quyết định cấp bản sao"), "documentType");
        return await client.PostAsync(new Uri($"/api/v1/dossiers/{id}/result", UriKind.Relative), form);
    }

    /// <summary>Posts <paramref name="bytes"/> to the public file check of <paramref name="code"/>.</summary>
    public static async Task<HttpResponseMessage> CompareAsync(HttpClient client, string code, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "ban-sao.pdf");
        return await client.PostAsync(new Uri($"/api/v1/results/verify/{code}", UriKind.Relative), form);
    }

    /// <summary>A small file that is a PDF by its content.</summary>
    public static byte[] Pdf() => [.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(2000)];

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task<Guid> AwaitingApprovalAsync(Guid procedure, Dictionary<string, string?> form, Func<Guid, Task>? whileProcessing = null)
    {
        var id = (await FormFillers.StartDraftAsync(Citizen, procedure, Dossiers.Department, form)).GetProperty("id").GetGuid();
        await PostAsync(Citizen, $"/api/v1/dossiers/{id}/submit", new { formData = form });
        await PostAsync(Desk, $"/api/v1/dossiers/{id}/receive", new { comment = "Đủ hồ sơ", commentAudience = "Internal" });
        await PostAsync(Leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = SpecialistId });
        if (whileProcessing is not null)
        {
            await whileProcessing(id);
        }

        await PostAsync(Specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = "Dự thảo kết quả", commentAudience = "Internal" });
        return id;
    }
}
