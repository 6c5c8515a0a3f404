using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.Catalogue;

/// <summary>
/// The service levels of Nghị định 42/2022/NĐ-CP, Điều 11 in the catalogue: the three levels in both vocabularies in the
/// statistics, information-only procedures not applied for online (the DTO says so, the server refuses a draft), and the
/// deciding authority the law names.
/// </summary>
public sealed class ServiceLevelCatalogueTests : ApiTestFixture
{
    [Test]
    public async Task ND42_2022_Dieu11_CatalogueStatistics_ReportTheShareAtEachLevel_InBothVocabularies()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sysadmin", null, Roles.SystemAdmin);
        var before = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures/statistics", UriKind.Relative));
        await PublishAsync(admin, ProcedureContent("Thủ tục chỉ thông tin thử nghiệm", serviceLevel: 2));

        var statistics = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures/statistics", UriKind.Relative));

        var levels = statistics.GetProperty("serviceLevels").EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!);
        levels.Keys.ShouldBe(["toan-trinh", "mot-phan", "thong-tin-truc-tuyen"]);
        levels["toan-trinh"].GetProperty("historicalName").GetString().ShouldBe("mức độ 4");
        levels["mot-phan"].GetProperty("historicalName").GetString().ShouldBe("mức độ 3");
        levels["thong-tin-truc-tuyen"].GetProperty("level").GetInt32().ShouldBe(2);
        levels["toan-trinh"].GetProperty("name").GetString().ShouldBe("Dịch vụ công trực tuyến toàn trình");
        levels["mot-phan"].GetProperty("name").GetString().ShouldBe("Dịch vụ công trực tuyến một phần");
        var total = statistics.GetProperty("total").GetInt32();
        levels.Values.Sum(l => l.GetProperty("count").GetInt32()).ShouldBe(total);
        levels["thong-tin-truc-tuyen"].GetProperty("count").GetInt32()
            .ShouldBe(before.GetProperty("serviceLevels").EnumerateArray().Single(l => l.GetProperty("level").GetInt32() == 2).GetProperty("count").GetInt32() + 1);
        levels["toan-trinh"].GetProperty("count").GetInt32().ShouldBe(statistics.GetProperty("fullyOnline").GetInt32());
        levels["mot-phan"].GetProperty("share").GetDecimal().ShouldBe(Math.Round((decimal)levels["mot-phan"].GetProperty("count").GetInt32() / total, 4));
        foreach (var level in statistics.GetProperty("levels").EnumerateArray())
        {
            level.GetProperty("serviceLevels").EnumerateArray().Sum(l => l.GetProperty("count").GetInt32()).ShouldBe(level.GetProperty("total").GetInt32());
        }

        // Per level × field × service level, with the verified count: the rows add up to the totals.
        statistics.GetProperty("setup").GetString().ShouldBe("two-tier");
        statistics.GetProperty("historical").GetBoolean().ShouldBeFalse();
        var counts = statistics.GetProperty("counts").EnumerateArray().ToList();
        counts.Sum(c => c.GetProperty("total").GetInt32()).ShouldBe(total);
        counts.Sum(c => c.GetProperty("verified").GetInt32()).ShouldBe(statistics.GetProperty("verified").GetInt32());
        counts.ShouldContain(c => c.GetProperty("level").GetString() == "province" && c.GetProperty("field").GetString() == "DiplomasCertificates"
            && c.GetProperty("serviceLevelCode").GetString() == "thong-tin-truc-tuyen" && c.GetProperty("total").GetInt32() >= 1);
        counts.Select(c => c.GetProperty("level").GetString()).Distinct().ShouldBe(["province", "commune"], ignoreOrder: true);

        // The leaders' summary carries the same catalogue figures.
        var summary = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/statistics/summary?from=2026-03-01&to=2026-03-31", UriKind.Relative));
        summary.GetProperty("catalogue").GetProperty("serviceLevels").EnumerateArray().Select(l => l.GetProperty("historicalName").GetString())
            .ShouldBe(["mức độ 4", "mức độ 3", "mức độ 1–2"]);
    }

    [Test]
    public async Task ND42_2022_Dieu11_AnInformationOnlyProcedure_IsNotOfferedOnline_AndAnOnlineDraftIsRefusedWith409()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sysadmin", null, Roles.SystemAdmin);
        var procedure = await PublishAsync(admin, ProcedureContent("Thủ tục chỉ thông tin thử nghiệm", serviceLevel: 2));
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, DossierScenario.CitizenId, null, [Roles.Citizen], ApplicantType.Citizen, DossierScenario.CitizenId);
        using var citizen = ApiHost.Factory.CreateHttpsClient();
        citizen.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(citizen, DossierScenario.CitizenId));

        var detail = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{procedure}", UriKind.Relative));
        detail.GetProperty("serviceLevel").GetInt32().ShouldBe(2);
        detail.GetProperty("serviceLevelCode").GetString().ShouldBe("thong-tin-truc-tuyen");
        detail.GetProperty("onlineApplication").GetBoolean().ShouldBeFalse();
        detail.GetProperty("onlinePayment").GetBoolean().ShouldBeFalse();

        using var started = await citizen.PostAsJsonAsync(new Uri("/api/v1/dossiers", UriKind.Relative),
            new { procedureId = procedure, decidingAgencyId = department, formData = new Dictionary<string, string?> { ["fullName"] = "Nguyễn Văn An" } });
        started.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await started.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.not_offered_online");
    }

    [Test]
    public async Task ND42_2022_Dieu11_AnInformationOnlyProcedureWithOnlinePayment_OrAnAuthorityWithoutItsBasis_Is400WithTheFields()
    {
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sysadmin", null, Roles.SystemAdmin);

        using var response = await admin.PostAsJsonAsync(new Uri("/api/v1/admin/procedures", UriKind.Relative),
            new { content = ProcedureContent("Thủ tục sai", serviceLevel: 2, onlinePayment: true, decidingAuthority: "Chủ tịch UBND thành phố") });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var fields = (await response.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        fields.ShouldContain(f => f.EndsWith("onlinePayment", StringComparison.Ordinal));
        fields.ShouldContain(f => f.EndsWith("decidingAuthorityBasis", StringComparison.Ordinal));
    }

    [Test]
    public async Task TheProcedureDto_CarriesTheDecidingAuthority_OfFoundingAnUpperSecondarySchool_AndNoneWhereUnconfirmed()
    {
        // National portal record 1.012944 (Nghị định 125/2024/NĐ-CP): the provincial chairman decides on the Department's appraisal.
        var page = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures?q=1.012944&pageSize=10", UriKind.Relative));
        var item = page.GetProperty("items").EnumerateArray().Single();

        var detail = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{item.GetProperty("id").GetGuid()}", UriKind.Relative));

        detail.GetProperty("decidingAuthority").GetString()!.ShouldStartWith("Chủ tịch Ủy ban nhân dân thành phố Hà Nội");
        detail.GetProperty("decidingAuthorityEn").GetString()!.ShouldStartWith("Chairman of the Hanoi People's Committee");
        detail.GetProperty("decidingAuthorityBasis").GetString()!.ShouldContain("1.012944");
        detail.GetProperty("decidingAuthorityBasis").GetString()!.ShouldContain("Nghị định 125/2024/NĐ-CP");
        detail.GetProperty("decidingLevelCode").GetString().ShouldBe("province");

        var copy = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures?q=cap%20ban%20sao&pageSize=1", UriKind.Relative));
        var copyDetail = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{copy.GetProperty("items")[0].GetProperty("id").GetGuid()}", UriKind.Relative));
        copyDetail.GetProperty("decidingAuthority").ValueKind.ShouldBe(JsonValueKind.Null, "not confirmed from a source: left empty");
    }

    private static object ProcedureContent(string name, int serviceLevel, bool? onlinePayment = null, string? decidingAuthority = null) => new
    {
        name,
        nameEn = "Test procedure",
        field = "DiplomasCertificates",
        decidingLevelCode = "province",
        serviceLevel,
        onlinePayment,
        decidingAuthority,
        timeLimit = new { kind = "WorkingDays", days = 5 },
        fees = Array.Empty<object>(),
        documents = Array.Empty<object>(),
        applicantTypes = new[] { "Citizen" },
        resultType = "Quyết định",
        legalBasis = new[] { "Thông tư thử nghiệm" },
        form = new object[] { new { key = "fullName", type = "Text", label = "Họ và tên", labelEn = "Full name", required = true, maxLength = 100 } },
        steps = new[]
        {
            new { name = "Tiếp nhận", nameEn = "Reception", role = "Receptionist", share = 0.2m },
            new { name = "Xử lý", nameEn = "Processing", role = "Specialist", share = 0.8m },
        },
        source = "Test",
    };

    private static async Task<Guid> PublishAsync(HttpClient admin, object content)
    {
        var created = await DossierScenario.SendAsync(admin, HttpMethod.Post, "/api/v1/admin/procedures", new { content }, expected: HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        using var publish = await admin.PostAsync(new Uri($"/api/v1/admin/procedures/{id}/publish", UriKind.Relative), null);
        publish.StatusCode.ShouldBe(HttpStatusCode.OK, await publish.Content.ReadAsStringAsync());
        return id;
    }
}
