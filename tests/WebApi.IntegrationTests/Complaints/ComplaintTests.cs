using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Complaints.Common;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Complaints;

/// <summary>Complaints over HTTP: filed, tracked, answered by the responsible agency only, and counted.</summary>
public sealed class ComplaintTests : ApiTestFixture
{
    private const string Email = "cuong.le@example.vn";
    private const string Content = "Thành phần hồ sơ công bố trên cổng khác với yêu cầu của bộ phận một cửa.";

    [Test]
    public async Task AProcedureComplaint_IsTrackedByCode_AnsweredByTheDepartmentDesk_AndCounted()
    {
        var (procedure, department) = await ProcedureAndDepartmentAsync();
        var filed = await ComplainAsync(procedure, department);
        var code = filed.GetProperty("trackingCode").GetString()!;
        var tracked = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/track/{code.ToLowerInvariant()}");
        tracked.GetProperty("status").GetString().ShouldBe("Received");
        tracked.GetRawText().ShouldNotContain(Email);
        tracked.GetRawText().ShouldNotContain("Lê Văn Cường");

        var desk = await OfficialAsync("desk", department, Roles.Receptionist);
        var item = (await desk.GetFromJsonAsync<JsonElement>("/api/v1/complaints?status=Received")).GetProperty("items").EnumerateArray().Single();
        (item.GetProperty("contactEmail").GetString(), item.GetProperty("allowedActions").GetArrayLength()).ShouldBe((Email, 2));
        using var answer = await desk.PostAsJsonAsync($"/api/v1/complaints/{item.GetProperty("id").GetGuid()}/answer", new { answer = "Đã cập nhật thành phần hồ sơ trên cổng." });
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());

        tracked = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/track/{code}");
        (tracked.GetProperty("status").GetString(), tracked.GetProperty("answer").GetString(), tracked.GetProperty("answeredOnTime").GetBoolean())
            .ShouldBe(("Answered", "Đã cập nhật thành phần hồ sơ trên cổng.", true));
        var counts = await CountsAsync(department);
        counts.ShouldBe(new ComplaintCounts(department, 1, 1, 1, 0));
    }

    [Test]
    public async Task AnotherAgencysOfficial_CannotAnswer_NorSeeTheComplainantsContact()
    {
        var (procedure, department) = await ProcedureAndDepartmentAsync();
        var code = (await ComplainAsync(procedure, department)).GetProperty("trackingCode").GetString()!;
        var id = await IdOfAsync(department, code);
        var commune = await OfficialAsync("commune-leader", await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26"), Roles.Leader);

        (await commune.GetFromJsonAsync<JsonElement>("/api/v1/complaints")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        using var answer = await commune.PostAsJsonAsync($"/api/v1/complaints/{id}/answer", new { answer = "Không phải việc của chúng tôi." });
        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await commune.GetStringAsync($"/api/v1/complaints/track/{code}")).ShouldNotContain(Email);
        var specialist = await OfficialAsync("specialist", department, Roles.Specialist);
        using var refused = await specialist.PostAsJsonAsync($"/api/v1/complaints/{id}/answer", new { answer = "Trả lời" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ADossierComplaint_IsFiledByItsApplicant_AndTrackedByNobodyElse()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var dossier = await scenario.StartAsync();
        var other = (await ApiHost.Factory.CreateSignedInClientAsync("001208099999", null, Roles.Citizen)).Client;
        using var stranger = await other.PostAsJsonAsync("/api/v1/complaints/dossier", new { dossierId = dossier, content = Content });
        stranger.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var filed = await scenario.Citizen.PostAsJsonAsync("/api/v1/complaints/dossier", new { dossierId = dossier, content = Content });
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var code = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString();

        (await Client.GetAsync($"/api/v1/complaints/track/{code}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/v1/complaints/track/{code}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scenario.Citizen.GetAsync($"/api/v1/complaints/track/{code}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scenario.Citizen.GetFromJsonAsync<JsonElement>("/api/v1/complaints/mine")).GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task BadInput_IsA400_NamingEachField()
    {
        var (procedure, department) = await ProcedureAndDepartmentAsync();
        using var response = await Client.PostAsJsonAsync("/api/v1/complaints/procedure",
            new { procedureId = procedure, decidingAgencyId = department, name = "", contactEmail = "không-phải-email", contactPhone = "12345", content = "ngắn" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ShouldBe(["contactEmail", "contactPhone", "content", "name"]);
        using var wrongAgency = await Client.PostAsJsonAsync("/api/v1/complaints/procedure",
            new { procedureId = procedure, decidingAgencyId = Guid.CreateVersion7(), name = "Lê Văn Cường", contactEmail = Email, content = Content });
        (await wrongAgency.ReadProblemAsync()).FieldErrors("decidingAgencyId").ShouldNotBeEmpty();
    }

    private async Task<(Guid Procedure, Guid Department)> ProcedureAndDepartmentAsync() =>
        ((await FormFillers.DepartmentProcedureAsync(Client)).Procedure, await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode));

    private async Task<JsonElement> ComplainAsync(Guid procedure, Guid department)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/complaints/procedure",
            new { procedureId = procedure, decidingAgencyId = department, name = "Lê Văn Cường", contactEmail = Email, content = Content });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<Guid> IdOfAsync(Guid department, string code)
    {
        var leader = await OfficialAsync("department-leader", department, Roles.Leader);
        return (await leader.GetFromJsonAsync<JsonElement>("/api/v1/complaints")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("trackingCode").GetString() == code).GetProperty("id").GetGuid();
    }

    private static async Task<ComplaintCounts> CountsAsync(Guid agency)
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var now = DateTimeOffset.UtcNow;
        var counts = await scope.ServiceProvider.GetRequiredService<ComplaintCountsReader>().ReadAsync(now.AddDays(-1), now.AddDays(1), now.AddMinutes(1), [agency], CancellationToken.None);
        return counts.ShouldHaveSingleItem();
    }

    private static async Task<HttpClient> OfficialAsync(string name, Guid agency, string role) =>
        (await ApiHost.Factory.CreateSignedInClientAsync(name, agency, role)).Client;
}
