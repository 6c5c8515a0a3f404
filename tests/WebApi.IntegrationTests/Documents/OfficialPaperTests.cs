using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.Documents;

/// <summary>
/// Each official paper of the one-stop desk, rendered for a dossier that really went through its step over the API, read back
/// from the PDF and compared with the fields of its form.
/// </summary>
public sealed partial class OfficialPaperTests : ApiTestFixture
{
    private const string Address = "Số 12 phố Hàng Bài, phường Hoàn Kiếm, Hà Nội";

    // Mẫu số 01, Thông tư 01/2018/TT-VPCP: applicant with address and e-mail, papers received with originals/copies and counts,
    // number of sets, time limit, reception and appointment, where the result is received, the register line, the official's name.
    [Test]
    public async Task Form01_Receipt_OfAWalkInDossier_PrintsThePapersTheDeskRecorded_TheApplicantsAddressAndEmail_TheTimeLimit_AndTheRegisterLine()
    {
        var (scenario, procedure, form) = await ArrangeWithAddressAsync();
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("tran.thi.mai", scenario.Department, Roles.Receptionist);
        var body = new
        {
            procedureId = procedure,
            decidingAgencyId = scenario.Department,
            channel = "InPerson",
            applicant = new { fullName = "Lê Văn Cường", citizenId = "001208054321", phone = "0987654321", email = "le.cuong@example.vn" },
            formData = form,
            note = "Nộp tại quầy",
            commentAudience = "Internal",
            receivedPapers = new object[]
            {
                new { name = "Đơn đề nghị", form = "Original", count = 1 },
                new { name = "Bản sao giấy khai sinh", form = "CertifiedCopy", count = 2 },
            },
        };

        var dossier = await DossierScenario.SendAsync(desk, HttpMethod.Post, "/api/v1/dossiers/walk-in", body, expected: HttpStatusCode.Created);
        var id = dossier.GetProperty("id").GetGuid();
        var code = dossier.GetProperty("code").GetString()!;
        var text = await PdfAsync(desk, id, "Receipt", "01-giay-tiep-nhan.pdf");

        dossier.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("kind").GetString()).ShouldBe(["Receipt", "ControlSheet"]);
        text.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        text.ShouldContain($"Mã hồ sơ: {code}");
        text.ShouldContain("Ông/Bà Lê Văn Cường");
        text.ShouldContain($"Địa chỉ: {Address}");
        text.ShouldContain("Số điện thoại: " + (form.GetValueOrDefault("phone") ?? "0987654321"));
        // The e-mail the desk took fills the form's e-mail field when the form left it empty.
        text.ShouldContain("Thư điện tử: " + (form.GetValueOrDefault("email") ?? "le.cuong@example.vn"));
        text.ShouldContain("Hình thức nộp: Trực tiếp;");
        Words(text, "1 Đơn đề nghị Bản chính 01");
        Words(text, "2 Bản sao giấy khai sinh chứng thực 02");
        text.ShouldContain("Bản chính/");
        text.ShouldContain("2. Số lượng hồ sơ: 01 (bộ)");
        text.ShouldMatch(@"3\. Thời gian giải quyết hồ sơ theo quy định: (\d\d ngày làm việc|Trong ngày làm việc)");
        text.ShouldContain("4. Thời gian nhận hồ sơ:");
        text.ShouldContain("5. Thời gian trả kết quả giải quyết hồ sơ:");
        text.ShouldContain("6. Nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả Sở Giáo dục và Đào tạo");
        text.ShouldMatch($@"Vào Sổ theo dõi hồ sơ, Quyển số: 20\d\d, Số thứ tự: {code[^4..]} ngày \d\d/\d\d/20\d\d");
        text.ShouldContain("NGƯỜI TIẾP NHẬN HỒ SƠ");
        text.ShouldContain("Người dùng tran.thi.mai");
        text.ShouldNotContain("Cán bộ tiếp nhận");
    }

    // Mẫu số 01, Thông tư 01/2018/TT-VPCP: an online dossier's receipt lists the files actually received per document, not the procedure's list.
    [Test]
    public async Task Form01_Receipt_OfAnOnlineDossier_ListsTheFilesReceivedPerDocument_AndTheAccountsEmail()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var desk = await OfficialAsync("desk.online", scenario.Department, Roles.Receptionist);
        var id = await scenario.StartAsync();
        var draft = await scenario.Citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        var attached = draft.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("documentName").GetString()!).ToList();
        var asked = draft.GetProperty("requiredDocuments").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToList();
        await scenario.SubmitAsync(id);
        await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });

        var text = await PdfAsync(scenario.Citizen, id, "Receipt");

        attached.ShouldNotBeEmpty();
        foreach (var name in attached.Distinct())
        {
            Words(text, $"{name} Tệp điện tử {attached.Count(a => a == name):00}");
        }

        foreach (var name in asked.Except(attached))
        {
            Squash(text).Contains(Squash(name), StringComparison.Ordinal).ShouldBeFalse("a document that was not received is not listed as received");
        }

        text.ShouldContain("Hình thức nộp: Trực tuyến");
        text.ShouldContain("Thư điện tử: " + (scenario.Form.GetValueOrDefault("email") ?? $"{DossierScenario.CitizenId}@test.hanoidvc.local"));
    }

    // Mẫu số 02, Thông tư 01/2018/TT-VPCP: each item to supplement with its own reason; the official who guides.
    [Test]
    public async Task Form02_SupplementRequest_PrintsEachItemWithItsReason_AndTheOfficialsName()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var desk = await OfficialAsync("nguyen.van.an", scenario.Department, Roles.Receptionist);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);

        var asked = await PostAsync(desk, $"/api/v1/dossiers/{id}/request-supplement", new
        {
            items = new[]
            {
                new { document = "Bản sao giấy khai sinh", reason = "Bản chụp mờ, không đọc được số định danh" },
                new { document = "Ảnh 3x4", reason = "Ảnh chụp quá 6 tháng" },
            },
        });
        var text = await PdfAsync(scenario.Citizen, id, "SupplementRequest", "02-phieu-yeu-cau-bo-sung.pdf");
        using var both = await desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/request-supplement", new { missing = new[] { "x" }, items = new[] { new { document = "y", reason = "z" } } });
        using var reasonless = await desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/request-supplement", new { items = new[] { new { document = "y", reason = "" } } });

        asked.GetProperty("supplementItems").EnumerateArray().Select(i => i.GetProperty("reason").GetString()).ShouldBe(["Bản chụp mờ, không đọc được số định danh", "Ảnh chụp quá 6 tháng"]);
        asked.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("kind").GetString()).ShouldBe(["SupplementRequest"]);
        text.ShouldContain("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
        text.ShouldContain("Ông/Bà Người dùng " + DossierScenario.CitizenId);
        Words(text, "Giấy tờ, nội dung cần bổ sung, hoàn thiện Lý do");
        Words(text, "1 Bản sao giấy khai sinh Bản chụp mờ, không đọc được số định danh");
        Words(text, "2 Ảnh 3x4 Ảnh chụp quá 6 tháng");
        text.ShouldNotContain("Chưa có trong hồ sơ");
        text.ShouldContain("Người dùng nguyen.van.an");
        both.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        reasonless.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reasonless.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain("items[0].reason");
    }

    // Mẫu số 03, Thông tư 01/2018/TT-VPCP: the reasons for not receiving.
    [Test]
    public async Task Form03_Rejection_PrintsTheReasons_AndIsListedAsAPaper()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var desk = await OfficialAsync("desk.reject", scenario.Department, Roles.Receptionist);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);

        var rejected = await PostAsync(desk, $"/api/v1/dossiers/{id}/reject", new { reasons = "Không thuộc thẩm quyền giải quyết của Sở\nHồ sơ đã được giải quyết trước đó" });
        var text = await PdfAsync(scenario.Citizen, id, "Rejection", "03-phieu-tu-choi-tiep-nhan.pdf");

        rejected.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["Phiếu từ chối tiếp nhận giải quyết hồ sơ"]);
        text.ShouldContain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        text.ShouldContain("Không thuộc thẩm quyền giải quyết của Sở");
        text.ShouldContain("Hồ sơ đã được giải quyết trước đó");
        text.ShouldContain("Người dùng desk.reject");
        (await scenario.Citizen.GetAsync(new Uri($"/api/v1/dossiers/{id}/documents/Receipt", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // Mẫu số 05, Thông tư 01/2018/TT-VPCP: every hand-over with agencies, people, times, deadlines and early/on time/late.
    [Test]
    public async Task Form05_ControlSheet_ListsEveryHandOver_WithWhoGaveAndWhoTook_TheDeadlines_AndWhetherEachWasOnTime()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var desk = await OfficialAsync("desk.sheet", scenario.Department, Roles.Receptionist);
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("pham.chuyen.vien", scenario.Department, Roles.Specialist);
        var leader = await OfficialAsync("leader.sheet", scenario.Department, Roles.Leader);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);
        await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        await PostAsync(leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = specialistId });
        await PostAsync(specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = "Dự thảo", commentAudience = "Internal" });
        var approved = await PostAsync(leader, $"/api/v1/dossiers/{id}/approve", new { comment = (string?)null });

        var text = await PdfAsync(desk, id, "ControlSheet", "05-phieu-kiem-soat.pdf");

        approved.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("kind").GetString()).ShouldBe(["Receipt", "ControlSheet"]);
        text.ShouldContain("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        text.ShouldContain($"Mã hồ sơ: {approved.GetProperty("code").GetString()}");
        text.ShouldContain("Ông/Bà Người dùng " + DossierScenario.CitizenId);
        text.ShouldContain("Kết quả giải quyết: " + (approved.GetProperty("outcome").GetString() == "Early" ? "Trước hạn" : "Đúng hạn"));
        foreach (var label in new[] { "Nộp hồ sơ", "Tiếp nhận, chuyển cơ quan giải quyết", "Phân công xử lý", "Trình phê duyệt", "Phê duyệt kết quả" })
        {
            Words(text, label);
        }

        // The assignment: the leader gives, the specialist takes; its deadline is met the same day, before the deadline's day.
        Words(text, "Giao (cơ quan, người giao) Nhận (cơ quan, người nhận) Thời gian giao, nhận Hạn xử lý Kết quả (trước hạn/ đúng hạn/ quá hạn)");
        Words(text, "Người dùng leader.sheet desk.sheet pham.chuyen.");
        text.ShouldContain("Đúng hạn");
        text.ShouldContain("Trước hạn");
        Regex.Count(text, @"\d\d/\d\d/").ShouldBeGreaterThanOrEqualTo(8, "the time of each hand-over and the deadlines");
        (await desk.GetAsync(new Uri($"/api/v1/dossiers/{id}/documents/StopNotice", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // Luật Khiếu nại 2011, Điều 7 (first complaint or administrative lawsuit) and Điều 9 (90 days): the written refusal.
    [Test]
    public async Task RefusalNotice_PrintsTheLeadersReasons_AndTheRightToComplainUnderTheLawOnComplaints2011()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var desk = await OfficialAsync("desk.refuse", scenario.Department, Roles.Receptionist);
        var (_, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("specialist.refuse", scenario.Department, Roles.Specialist);
        var leader = await OfficialAsync("hoang.lanh.dao", scenario.Department, Roles.Leader);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);
        await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        (await scenario.Citizen.GetAsync(new Uri($"/api/v1/dossiers/{id}/documents/RefusalNotice", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await PostAsync(leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = specialistId });
        var refused = await PostAsync(leader, $"/api/v1/dossiers/{id}/refuse", new { reasons = "Cơ sở chưa đáp ứng điều kiện về giáo viên" });

        var text = await PdfAsync(scenario.Citizen, id, "RefusalNotice", "thong-bao-tu-choi-giai-quyet.pdf");

        refused.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("kind").GetString()).ShouldContain("RefusalNotice");
        text.ShouldContain("THÔNG BÁO");
        text.ShouldContain("Về việc từ chối giải quyết hồ sơ");
        text.ShouldContain("Kính gửi: Ông/Bà Người dùng " + DossierScenario.CitizenId);
        text.ShouldContain("Cơ sở chưa đáp ứng điều kiện về giáo viên");
        text.ShouldContain("có quyền khiếu nại lần đầu");
        text.ShouldContain("khởi kiện vụ án hành chính");
        text.ShouldContain("Điều 7 Luật Khiếu nại năm 2011");
        text.ShouldContain("Thời hiệu khiếu nại là 90 ngày");
        text.ShouldContain("Người dùng hoang.lanh.dao");
    }

    // Mẫu số 05, Phụ lục I, Thông tư 03/2025/TT-VPCP: Thông báo dừng giải quyết hồ sơ, with the reasons.
    [Test]
    public async Task StopNotice_PrintsTheReasons_OnceTheLeaderStoppedTheProcessing()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var desk = await OfficialAsync("desk.stop", scenario.Department, Roles.Receptionist);
        var leader = await OfficialAsync("leader.stop", scenario.Department, Roles.Leader);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);
        await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        var stopped = await PostAsync(leader, $"/api/v1/dossiers/{id}/stop", new { reasons = "Người nộp không bổ sung hồ sơ trong thời hạn" });

        var text = await PdfAsync(scenario.Citizen, id, "StopNotice", "thong-bao-dung-xu-ly.pdf");

        stopped.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain("Thông báo dừng giải quyết hồ sơ");
        text.ShouldContain("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ");
        text.ShouldContain($"Mã hồ sơ: {stopped.GetProperty("code").GetString()}");
        text.ShouldContain("Người nộp không bổ sung hồ sơ trong thời hạn");
        text.ShouldContain("Người dùng leader.stop");
    }

    [Test]
    public async Task APaper_OfAnotherApplicantsDossier_Is404_AsAnUnknownDossier()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var desk = await OfficialAsync("desk.other", scenario.Department, Roles.Receptionist);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);
        await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        var ward = await OfficialAsync("ward.desk.other", await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26"), Roles.Receptionist);

        (await ward.GetAsync(new Uri($"/api/v1/dossiers/{id}/documents/Receipt", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ward.GetAsync(new Uri($"/api/v1/dossiers/{id}/documents/ControlSheet", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // Mẫu số 06, Thông tư 01/2018/TT-VPCP (Mẫu số 07, Thông tư 03/2025/TT-VPCP): the register of the desk over a period, PDF and CSV.
    [Test]
    public async Task Form06_Register_ListsTheDossiersTheDeskReceivedInThePeriod_AsPdfAndCsv_WithFormulasKeptAsText()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var desk = await OfficialAsync("desk.register", scenario.Department, Roles.Receptionist);
        var (_, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("specialist.register", scenario.Department, Roles.Specialist);
        var leader = await OfficialAsync("leader.register", scenario.Department, Roles.Leader);
        var online = await scenario.StartAsync();
        await scenario.SubmitAsync(online);
        var first = await PostAsync(desk, $"/api/v1/dossiers/{online}/receive", new { comment = (string?)null });
        await PostAsync(leader, $"/api/v1/dossiers/{online}/assign", new { assigneeId = specialistId });
        var walkIn = await DossierScenario.SendAsync(desk, HttpMethod.Post, "/api/v1/dossiers/walk-in", new
        {
            procedureId = scenario.Procedure,
            decidingAgencyId = scenario.Department,
            channel = "Post",
            applicant = new { fullName = "=HYPERLINK(\"x\")", citizenId = "001208054322", phone = "0987654321", email = (string?)null },
            formData = scenario.Form,
            note = (string?)null,
        }, expected: HttpStatusCode.Created);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime);
        var period = $"from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";

        using var pdfResponse = await desk.GetAsync(new Uri($"/api/v1/dossiers/register?{period}", UriKind.Relative));
        var pdf = await pdfResponse.Content.ReadAsByteArrayAsync();
        await SaveArtifactAsync(pdf, "06-so-theo-doi.pdf");
        var text = PdfWords(pdf);
        var csv = await desk.GetStringAsync(new Uri($"/api/v1/dossiers/register?{period}&format=Csv", UriKind.Relative));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        pdfResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldContain("SỔ THEO DÕI HỒ SƠ");
        text.ShouldContain($"Từ ngày {today.AddDays(-1):dd/MM/yyyy} đến ngày {today.AddDays(1):dd/MM/yyyy}");
        Words(text, "Mã hồ sơ Tên thủ tục hành chính Số lượng hồ sơ (bộ) Cơ quan chủ trì giải quyết Nhận hồ sơ Hẹn trả kết quả Ghi chú");
        Words(text, "Chuyển hồ sơ đến cơ quan giải quyết Nhận kết quả từ cơ quan giải quyết Trả kết quả cho cá nhân, tổ chức");
        // A code wraps after its agency part in the narrow column.
        Words(text, $"{first.GetProperty("code").GetString()![..14]} {first.GetProperty("code").GetString()![14..]} {walkIn.GetProperty("code").GetString()![14..]}");
        text.ShouldNotContain("……………");
        lines[0].ShouldStartWith("TT,Mã hồ sơ,Tên thủ tục hành chính,Số lượng hồ sơ (bộ),\"Tên cá nhân, tổ chức\",\"Địa chỉ, số điện thoại\",Cơ quan chủ trì giải quyết,Nhận hồ sơ,Hẹn trả kết quả");
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith($"1,{first.GetProperty("code").GetString()},");
        lines[2].ShouldStartWith($"2,{walkIn.GetProperty("code").GetString()},");
        lines[2].ShouldContain("\"'=HYPERLINK(\"\"x\"\")\"", Case.Sensitive);
    }

    // The register is an agency's: an official sees only their own (another agency answers as an unknown one), a citizen none.
    [Test]
    public async Task Form06_Register_OfAnotherAgency_Is404_ForACitizen403_AndABadPeriod400WithTheField()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var ward = await OfficialAsync("ward.register", await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26"), Roles.Leader);
        var desk = await OfficialAsync("desk.register2", scenario.Department, Roles.Receptionist);

        using var other = await ward.GetAsync(new Uri($"/api/v1/dossiers/register?from=2026-01-01&to=2026-01-31&agencyId={scenario.Department}", UriKind.Relative));
        using var own = await ward.GetAsync(new Uri("/api/v1/dossiers/register?from=2026-01-01&to=2026-01-31&format=Csv", UriKind.Relative));
        using var citizen = await scenario.Citizen.GetAsync(new Uri("/api/v1/dossiers/register?from=2026-01-01&to=2026-01-31", UriKind.Relative));
        using var backwards = await desk.GetAsync(new Uri("/api/v1/dossiers/register?from=2026-02-01&to=2026-01-01", UriKind.Relative));
        using var tooLong = await desk.GetAsync(new Uri("/api/v1/dossiers/register?from=2025-01-01&to=2026-06-01", UriKind.Relative));

        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1, "the heading only");
        citizen.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain("to");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>The scenario with a province procedure whose form has an address field, filled in.</summary>
    private async Task<(DossierScenario Scenario, Guid Procedure, Dictionary<string, string?> Form)> ArrangeWithAddressAsync()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var page = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures?level=province&applicantType=Citizen&pageSize=100", UriKind.Relative));
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetGuid();
            var detail = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{id}", UriKind.Relative));
            if (!detail.GetProperty("form").EnumerateArray().Any(f => f.GetProperty("key").GetString() == "address"))
            {
                continue;
            }

            var form = await FormFillers.AnswersAsync(Client, id);
            form["address"] = Address;
            using var probe = await scenario.Citizen.PostAsJsonAsync(new Uri("/api/v1/dossiers", UriKind.Relative), new { procedureId = id, decidingAgencyId = scenario.Department, formData = form });
            if (probe.StatusCode == HttpStatusCode.Created)
            {
                return (scenario, id, form);
            }
        }

        throw new InvalidOperationException("No province procedure with an address field is seeded.");
    }

    private static async Task<HttpClient> OfficialAsync(string name, Guid agency, string role) =>
        (await ApiHost.Factory.CreateSignedInClientAsync(name, agency, role)).Client;

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Downloads a paper, keeps it in the artifacts when asked, and returns its words page by page.</summary>
    private static async Task<string> PdfAsync(HttpClient client, Guid id, string kind, string? artifactName = null)
    {
        var response = await client.GetAsync(new Uri($"/api/v1/dossiers/{id}/documents/{kind}", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        await SaveArtifactAsync(bytes, artifactName);
        return PdfWords(bytes);
    }

    internal static async Task SaveArtifactAsync(byte[] pdf, string? artifactName)
    {
        var artifacts = Environment.GetEnvironmentVariable("HANOIDVC_ARTIFACTS");
        if (artifactName is not null && !string.IsNullOrEmpty(artifacts))
        {
            var folder = Directory.CreateDirectory(Path.Combine(artifacts, "documents"));
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, artifactName), pdf);
        }
    }

    internal static string PdfWords(byte[] bytes)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    /// <summary>Every word of <paramref name="phrase"/> is printed (table cells wrap, so a cell's words interleave with its neighbours').</summary>
    internal static void Words(string text, string phrase)
    {
        var printed = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !printed.Contains(w)).ShouldBeEmpty($"every word of \"{phrase}\"");
    }

    /// <summary>Words in reading order without spaces: table cells wrap, so a cell's words may be interleaved with line breaks.</summary>
    internal static string Squash(string text) => Spaces().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
