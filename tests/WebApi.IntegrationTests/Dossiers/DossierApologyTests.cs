using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>
/// The "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (form 04, Thông tư 01/2018/TT-VPCP) through the API, read from Nghị định
/// 61/2018/NĐ-CP, Điều 19 as amended by Nghị định 107/2021/NĐ-CP; and the receipt (form 01) with an extension of the time limit.
/// </summary>
public sealed partial class DossierApologyTests : ApiTestFixture
{
    private const string Title = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC";
    private const string SignerName = "Nguyễn Thị Minh Hằng";

    [Test]
    public async Task TheWardDeskPreparesTheApology_ForALeaderOfTheDepartmentTheDossierWasForwardedTo_AndTheFormSpeaksForTheDepartment_ND61Art19()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var ward = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26");
        var department = scenario.Department;
        var (procedure, form) = await FormFillers.ProcedureAsync(Client, "commune");
        var desk = await OfficialAsync("ward-desk", ward, Roles.Receptionist);
        var wardLeader = await OfficialAsync("ward-leader", ward, Roles.Leader);
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("ward-specialist", ward, Roles.Specialist);
        var (_, expertId) = await ApiHost.Factory.CreateSignedInClientAsync("department-expert", department, Roles.Specialist);
        var signerId = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "department-deputy", department, [Roles.Leader]);
        var (_, deskSpecialistId) = await ApiHost.Factory.CreateSignedInClientAsync("department-specialist", department, Roles.Specialist);
        var id = (await FormFillers.StartDraftAsync(scenario.Citizen, procedure, ward, form)).GetProperty("id").GetGuid();
        await DossierScenario.SendAsync(scenario.Citizen, HttpMethod.Post, $"/api/v1/dossiers/{id}/submit", new { formData = form });
        await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        await PostAsync(wardLeader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = specialistId });
        await PostAsync(specialist, $"/api/v1/dossiers/{id}/forward",
            new { toAgencyId = department, stepDeadline = DateTimeOffset.UtcNow.AddDays(2), assigneeId = expertId, comment = "Xin xác minh sổ gốc của Sở", commentAudience = "Internal" });
        // The due date is where a real clock cannot put it in a test: ten days ahead at 17:00, far enough for an apology whatever the hour.
        var original = Local(DateTimeOffset.UtcNow.AddDays(10)).Date.AddHours(17);
        var newAppointment = original.AddDays(5);
        string departmentName;
        await using (var scope = ApiHost.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var due = Instant(original).ToUniversalTime();
            await db.Database.ExecuteSqlAsync($"UPDATE dossiers SET due_at = {due}, appointment_at = {due} WHERE id = {id}");
            await db.Users.Where(u => u.Id == signerId).ExecuteUpdateAsync(u => u.SetProperty(x => x.FullName, SignerName));
            departmentName = await db.Agencies.Where(a => a.Id == department).Select(a => a.Name).SingleAsync();
        }

        var before = await desk.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        var signers = await desk.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}/apology-signers", UriKind.Relative));
        using var unsigned = await desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/apologise", new { newAppointmentAt = Instant(newAppointment), reason = "Chậm", signerTitle = Title });
        using var notALeader = await desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/apologise",
            new { newAppointmentAt = Instant(newAppointment), reason = "Chậm", signerTitle = Title, signerId = deskSpecialistId });
        var apology = await PostAsync(desk, $"/api/v1/dossiers/{id}/apologise", new
        {
            newAppointmentAt = Instant(newAppointment),
            reason = "Sổ gốc năm 2008 đang được Sở số hóa, cần thêm thời gian đối chiếu",
            signerTitle = Title,
            signerId,
        });
        using var again = await desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/apologise",
            new { newAppointmentAt = Instant(newAppointment.AddDays(2)), reason = "Chậm nữa", signerTitle = Title, signerId });
        var pdf = await PdfAsync(scenario.Citizen, $"/api/v1/dossiers/{id}/documents/Apology", "04-phieu-xin-loi.pdf");

        var offered = signers.EnumerateArray().Select(s => (s.GetProperty("id").GetGuid(), s.GetProperty("agencyId").GetGuid())).ToList();
        offered.ShouldContain((signerId, department), "the leaders of the agency holding the dossier are offered");
        offered.ShouldContain(s => s.Item2 == ward, "the deciding ward's leaders too");
        offered[0].Item2.ShouldBe(department, "the agency holding the dossier comes first");
        before.GetProperty("apologyDueBy").ValueKind.ShouldBe(JsonValueKind.String, "an apology may be issued until one working day before the due date");
        unsigned.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await unsigned.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.signer_required");
        notALeader.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notALeader.ReadProblemAsync()).GetProperty("errors").TryGetProperty("signerId", out _).ShouldBeTrue();
        var recorded = apology.GetProperty("apology");
        recorded.GetProperty("responsibleAgencyId").GetGuid().ShouldBe(department);
        (recorded.GetProperty("signerId").GetGuid(), recorded.GetProperty("signerName").GetString(), recorded.GetProperty("signerTitle").GetString())
            .ShouldBe((signerId, SignerName, Title));
        recorded.GetProperty("preparedById").ValueKind.ShouldBe(JsonValueKind.String);
        recorded.GetProperty("previousAppointmentAt").GetDateTimeOffset().ShouldBe(Instant(original));
        recorded.GetProperty("newAppointmentAt").GetDateTimeOffset().ShouldBe(Instant(newAppointment));
        apology.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(Instant(original), "the due date stays: lateness is judged against it");
        apology.GetProperty("appointmentAt").GetDateTimeOffset().ShouldBe(Instant(newAppointment));
        apology.GetProperty("apologyDueBy").ValueKind.ShouldBe(JsonValueKind.Null, "the new appointment is set once");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.apology_already_issued");
        pdf.ShouldContain("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        pdf.ShouldContain(departmentName.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), Case.Sensitive, "the header names the responsible agency");
        pdf.ShouldContain($"{departmentName} thành thật xin lỗi", Case.Sensitive);
        pdf.ShouldContain($"Thời gian hẹn trả kết quả giải quyết hồ sơ: {DateTimeText(original)}", Case.Sensitive);
        pdf.ShouldContain($"hẹn trả kết quả giải quyết hồ sơ vào: {DateTimeText(newAppointment)}", Case.Sensitive);
        DateTimeText(original).ShouldNotBe(DateTimeText(newAppointment));
        pdf.ShouldContain("Sổ gốc năm 2008 đang được Sở số hóa");
        pdf.ShouldContain("KT. GIÁM ĐỐC");
        pdf.ShouldContain("PHÓ GIÁM ĐỐC");
        pdf.ShouldContain(SignerName, Case.Sensitive);
        pdf.IndexOf("PHÓ GIÁM ĐỐC", StringComparison.Ordinal).ShouldBeLessThan(pdf.LastIndexOf(SignerName, StringComparison.Ordinal), "the name is printed under the title");
        pdf.ShouldNotContain("Người dùng ward-desk", Case.Sensitive, "the desk prepares it, the leader signs it");
    }

    [Test]
    public async Task TheDeskAppliesTheExtensionOfACopyFromTheOriginalRegister_AtReception_AndTheReceiptShowsIt_PublishedTimeLimit()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var copies = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures?q=cap%20ban%20sao%20so%20goc&level=province", UriKind.Relative));
        var procedure = copies.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("timeLimit").GetProperty("kind").GetString() == "WithinDay").GetProperty("id").GetGuid();
        var form = await FormFillers.AnswersAsync(Client, procedure);
        var desk = await OfficialAsync("desk", scenario.Department, Roles.Receptionist);
        var plain = await SubmittedAsync(scenario, scenario.Procedure, scenario.Form);
        var copy = await SubmittedAsync(scenario, procedure, form);

        using var tooMany = await desk.PostAsJsonAsync($"/api/v1/dossiers/{copy}/receive", new { comment = (string?)null, extensionDays = 3, extensionReason = "Nhiều bản" });
        using var reasonless = await desk.PostAsJsonAsync($"/api/v1/dossiers/{copy}/receive", new { comment = (string?)null, extensionDays = 2 });
        using var noExtension = await desk.PostAsJsonAsync($"/api/v1/dossiers/{plain}/receive", new { comment = (string?)null, extensionDays = 1, extensionReason = "Nhiều bản" });
        var received = await PostAsync(desk, $"/api/v1/dossiers/{copy}/receive", new { comment = (string?)null, extensionDays = 2, extensionReason = "Yêu cầu cấp 12 bản sao" });
        var receipt = await PdfAsync(scenario.Citizen, $"/api/v1/dossiers/{copy}/documents/Receipt", "01-giay-tiep-nhan-gia-han.pdf");

        tooMany.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await tooMany.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.extension_not_allowed");
        reasonless.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reasonless.ReadProblemAsync()).GetProperty("errors").TryGetProperty("extensionReason", out _).ShouldBeTrue();
        noExtension.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await noExtension.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.extension_not_allowed");
        received.GetProperty("extension").GetProperty("days").GetDecimal().ShouldBe(2);
        receipt.ShouldContain("gia hạn thêm 02 ngày làm việc (Yêu cầu cấp 12 bản sao)", Case.Sensitive);
    }

    private static async Task<Guid> SubmittedAsync(DossierScenario scenario, Guid procedure, Dictionary<string, string?> form)
    {
        var id = (await FormFillers.StartDraftAsync(scenario.Citizen, procedure, scenario.Department, form)).GetProperty("id").GetGuid();
        await DossierScenario.SendAsync(scenario.Citizen, HttpMethod.Post, $"/api/v1/dossiers/{id}/submit", new { formData = form });
        return id;
    }

    /// <summary>Downloads a form, keeps a copy in the artifacts when asked, and returns its text with whitespace runs as single spaces.</summary>
    private static async Task<string> PdfAsync(HttpClient client, string path, string artifactName)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var artifacts = Environment.GetEnvironmentVariable("HANOIDVC_ARTIFACTS");
        if (!string.IsNullOrEmpty(artifacts))
        {
            var folder = Directory.CreateDirectory(Path.Combine(artifacts, "documents"));
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, artifactName), bytes);
        }

        using var pdf = PdfDocument.Open(bytes);
        return string.Join(' ', pdf.GetPages().Select(p => Whitespace().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim()));
    }

    private static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, VietnamTimeZone.Instance).DateTime;

    private static DateTimeOffset Instant(DateTime local) => new(local, VietnamTimeZone.Instance.GetUtcOffset(local));

    /// <summary>As the forms print a time: "17 giờ 00 phút, ngày 16 tháng 12 năm 2026".</summary>
    private static string DateTimeText(DateTime local) =>
        string.Create(CultureInfo.InvariantCulture, $"{local:HH} giờ {local:mm} phút, ngày {local:dd} tháng {local:MM} năm {local:yyyy}");

    private static async Task<HttpClient> OfficialAsync(string name, Guid agency, string role) =>
        (await ApiHost.Factory.CreateSignedInClientAsync(name, agency, role)).Client;

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
