using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.TestSupport;
using Npgsql;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

public sealed class AdminAuthorizationTests : ApiTestFixture
{
    private static readonly object ValidProcedure = new
    {
        nationalCode = (string?)null,
        content = new
        {
            name = "Thủ tục tạo qua API",
            nameEn = "Procedure created through the API",
            field = "ExamsAdmissions",
            decidingLevelCode = "province",
            serviceLevel = 4,
            timeLimit = new { kind = "WorkingDays", days = 5 },
            applicantTypes = new[] { "Citizen" },
            resultType = "Giấy xác nhận",
            steps = new[] { new { name = "Xử lý", nameEn = "Processing", role = "Specialist", share = 1.0 } },
            form = new[] { new { key = "fullName", type = "Text", label = "Họ và tên", labelEn = "Full name", required = true } },
        },
    };

    [TestCase("/api/v1/admin/procedures")]
    [TestCase("/api/v1/admin/calendar/2031/proposal")]
    public async Task Anonymous_Gets401ProblemDetails(string path)
    {
        var response = await Client.PostAsJsonAsync(new Uri(path, UriKind.Relative), ValidProcedure);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe(401);
    }

    [TestCase("Specialist")]
    [TestCase("Receptionist")]
    [TestCase("Leader")]
    [TestCase("AgencyAdmin")]
    public async Task OfficialsOtherThanSystemAdmins_Get403_AndNothingIsWritten(string role)
    {
        var before = await CountAsync("procedures");

        var create = await (await Client.AsAsync(ApiHost.Factory, role)).PostAsJsonAsync(new Uri("/api/v1/admin/procedures", UriKind.Relative), ValidProcedure);
        var propose = await Client.PostAsync(new Uri("/api/v1/admin/calendar/2031/proposal", UriKind.Relative), null);

        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await create.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe(403);
        propose.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CountAsync("procedures")).ShouldBe(before);
        (await CountAsync("calendar_years WHERE year = 2031")).ShouldBe(0);
    }

    [Test]
    public async Task SystemAdmin_CreatesADraft_ThatIsNotPublicUntilPublished()
    {
        var created = await (await Client.AsAsync(ApiHost.Factory, "SystemAdmin")).PostAsJsonAsync(new Uri("/api/v1/admin/procedures", UriKind.Relative), ValidProcedure);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var beforePublish = await Client.GetAsync(new Uri($"/api/v1/procedures/{id}", UriKind.Relative));
        var publish = await Client.PostAsync(new Uri($"/api/v1/admin/procedures/{id}/publish", UriKind.Relative), null);
        var afterPublish = await Client.GetAsync(new Uri($"/api/v1/procedures/{id}", UriKind.Relative));

        beforePublish.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        publish.StatusCode.ShouldBe(HttpStatusCode.OK);
        afterPublish.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task SystemAdmin_WithBadInput_Gets400PerField_AndNothingIsWritten()
    {
        var before = await CountAsync("procedures");
        var bad = new
        {
            nationalCode = "12345",
            content = new
            {
                name = "",
                field = "ExamsAdmissions",
                decidingLevelCode = "province",
                serviceLevel = 7,
                timeLimit = new { kind = "WorkingDays", days = 5 },
                applicantTypes = new[] { "Citizen" },
                resultType = "Giấy xác nhận",
                steps = new[] { new { name = "Xử lý", nameEn = "Processing", role = "Specialist", share = 0.5 } },
            },
        };

        var response = await (await Client.AsAsync(ApiHost.Factory, "SystemAdmin")).PostAsJsonAsync(new Uri("/api/v1/admin/procedures", UriKind.Relative), bad);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["nationalCode", "content.name", "content.serviceLevel", "content.steps"], ignoreOrder: true);
        problem.FieldErrors("content.steps").ShouldHaveSingleItem().ShouldBe("Tổng tỷ lệ thời gian của các bước phải bằng 1.");
        (await CountAsync("procedures")).ShouldBe(before);
    }

    [Test]
    public async Task SystemAdmin_WithMalformedJson_Gets400ProblemDetails()
    {
        using var content = new StringContent("{\"content\": {\"field\": \"NotAField\"}}", System.Text.Encoding.UTF8, "application/json");

        var response = await (await Client.AsAsync(ApiHost.Factory, "SystemAdmin")).PostAsync(new Uri("/api/v1/admin/procedures", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
    }

    private static async Task<long> CountAsync(string from)
    {
        await using var connection = new NpgsqlConnection(ApiHost.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {from}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
