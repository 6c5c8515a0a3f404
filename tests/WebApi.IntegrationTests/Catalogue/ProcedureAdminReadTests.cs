using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Catalogue;

/// <summary>The catalogue editor's reads: every procedure (drafts and unlisted ones too) and the version to edit.</summary>
public sealed class ProcedureAdminReadTests : ApiTestFixture
{
    private static object Procedure(string name) => new { nationalCode = (string?)null, content = Content(name) };

    private static object Content(string name) => new
    {
        name,
        nameEn = "Editor test procedure",
        field = "ExamsAdmissions",
        decidingLevelCode = "province",
        serviceLevel = 3,
        timeLimit = new { kind = "WorkingDays", days = 5 },
        applicantTypes = new[] { "Citizen" },
        resultType = "Giấy xác nhận",
        steps = new[] { new { name = "Xử lý", nameEn = "Processing", role = "Specialist", share = 1.0 } },
        form = new[] { new { key = "fullName", type = "Text", label = "Họ và tên", labelEn = "Full name", required = true } },
    };

    [Test]
    public async Task SystemAdmin_ListsDraftsAndUnlistedProcedures_AndReadsTheVersionToEdit()
    {
        var admin = await Client.AsAsync(ApiHost.Factory, "SystemAdmin");
        var created = await admin.PostAsJsonAsync(new Uri("/api/v1/admin/procedures", UriKind.Relative), Procedure("Thủ tục biên tập thử"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var draftLine = await FindAsync(admin, id);
        draftLine.GetProperty("draftVersion").GetInt32().ShouldBe(1);
        draftLine.GetProperty("publishedVersion").ValueKind.ShouldBe(JsonValueKind.Null);
        draftLine.GetProperty("isListed").GetBoolean().ShouldBeFalse();
        (await ReadAsync(admin, id)).GetProperty("status").GetString().ShouldBe("Draft");

        (await admin.PostAsync(new Uri($"/api/v1/admin/procedures/{id}/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        (await admin.PostAsync(new Uri($"/api/v1/admin/procedures/{id}/unlist", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var unlisted = await FindAsync(admin, id);
        unlisted.GetProperty("isListed").GetBoolean().ShouldBeFalse();
        unlisted.GetProperty("publishedVersion").GetInt32().ShouldBe(1);
        (await ReadAsync(admin, id)).GetProperty("status").GetString().ShouldBe("Published");

        (await admin.PutAsJsonAsync(new Uri($"/api/v1/admin/procedures/{id}", UriKind.Relative),
            Content("Thủ tục biên tập thử, bản 2"))).EnsureSuccessStatusCode();
        var edited = await ReadAsync(admin, id);
        edited.GetProperty("versionNumber").GetInt32().ShouldBe(2);
        edited.GetProperty("name").GetString().ShouldBe("Thủ tục biên tập thử, bản 2");
        (await FindAsync(admin, id)).GetProperty("name").GetString().ShouldBe("Thủ tục biên tập thử, bản 2");
    }

    [TestCase("AgencyAdmin")]
    [TestCase("Specialist")]
    public async Task OtherRoles_Get403(string role)
    {
        var list = await (await Client.AsAsync(ApiHost.Factory, role)).GetAsync(new Uri("/api/v1/admin/procedures", UriKind.Relative));
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> FindAsync(HttpClient client, Guid id)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/admin/procedures?q=bien%20tap%20thu&pageSize=100", UriKind.Relative));
        return page.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);
    }

    private static Task<JsonElement> ReadAsync(HttpClient client, Guid id) =>
        client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/admin/procedures/{id}", UriKind.Relative));
}
