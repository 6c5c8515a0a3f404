using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Integrations;

/// <summary>
/// Integrators as first-class rows of the authorization matrix: token scope × the agencies the client acts for × the role a
/// transition needs × the transition. The dossier is decided by the Department and received by the city's Public
/// Administration Service Centre; the client that ingested it reports its status. A report passes exactly when an official
/// of the client's agencies in the role the step needs would pass: the Centre's client receives but cannot approve at the
/// Department, the Department's client approves but cannot receive at the Centre's desk.
/// </summary>
public sealed class IntegratorStatusMatrixTests : ApiTestFixture
{
    private const string Department = TestAccounts.DepartmentCode;
    private const string Centre = "000.00.90.H26";
    private const string AllScopes = Integrators.AllScopes;
    private const string WriteOnly = "dossiers:write";
    private const string ReadOnly = "catalogue:read dossiers:read";

    public static IEnumerable<TestCaseData> Matrix()
    {
        var rows = new (string[] Agencies, string Scope, string[] Before, string Report, HttpStatusCode Expected, string StatusAfter)[]
        {
            // The Centre's desk: reception and its refusals are the Centre's; processing and decisions are the Department's.
            ([Centre], AllScopes, [], "Received", HttpStatusCode.OK, "Received"),
            ([Centre], AllScopes, [], "NotReceived", HttpStatusCode.OK, "NotReceived"),
            ([Centre], AllScopes, [], "SupplementRequested", HttpStatusCode.OK, "SupplementRequested"),
            ([Centre], AllScopes, ["Received"], "InProcessing", HttpStatusCode.Forbidden, "Received"),
            ([Centre], AllScopes, ["Received"], "Approved", HttpStatusCode.Forbidden, "Received"),
            ([Centre], AllScopes, ["Received"], "Refused", HttpStatusCode.Forbidden, "Received"),
            ([Centre], AllScopes, [], "Approved", HttpStatusCode.Forbidden, "Submitted"),
            // The Department decides but does not sit at the Centre's desk.
            ([Department], AllScopes, [], "Received", HttpStatusCode.Forbidden, "Submitted"),
            ([Department], AllScopes, [], "NotReceived", HttpStatusCode.Forbidden, "Submitted"),
            ([Department], AllScopes, [], "SupplementRequested", HttpStatusCode.Forbidden, "Submitted"),
            ([Department], AllScopes, [], "Approved", HttpStatusCode.Forbidden, "Submitted"),
            // A client of both walks the whole workflow.
            ([Centre, Department], AllScopes, [], "Approved", HttpStatusCode.OK, "Resolved"),
            ([Centre, Department], AllScopes, ["Received"], "Refused", HttpStatusCode.OK, "Refused"),
            ([Centre, Department], AllScopes, ["Approved"], "ResultReturned", HttpStatusCode.OK, "ResultReturned"),
            ([Centre, Department], WriteOnly, [], "InProcessing", HttpStatusCode.OK, "InProcessing"),
            // The scope: a token without dossiers:write reports nothing, whatever its agencies.
            ([Centre, Department], ReadOnly, [], "Received", HttpStatusCode.Forbidden, "Submitted"),
        };
        return rows.Select((r, i) => new TestCaseData(i, r.Agencies, r.Scope, r.Before, r.Report, r.Expected, r.StatusAfter)
            .SetName($"{r.Report}{(r.Before.Length == 0 ? "" : " after " + string.Join(", ", r.Before))} by a client of {string.Join(" + ", r.Agencies)} with [{r.Scope}] → {(int)r.Expected}"));
    }

    [TestCaseSource(nameof(Matrix))]
    public async Task StatusReport(int row, string[] agencies, string scope, string[] before, string report, HttpStatusCode expected, string statusAfter)
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, Department);
        var centre = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, Centre);
        var (clientId, secret) = await Integrators.RegisterAsync(ApiHost.Factory, $"Phần mềm {row}", AllScopes, agencies);
        using var full = ApiHost.Factory.CreateHttpsClient();
        full.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Integrators.TokenAsync(full, clientId, secret));
        using var scoped = ApiHost.Factory.CreateHttpsClient();
        scoped.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Integrators.TokenAsync(scoped, clientId, secret, scope));
        using var ingested = await Integrators.IngestAsync(full, await Integrators.IngestionBodyAsync(full, department, receivingAgencyId: centre));
        ingested.StatusCode.ShouldBe(HttpStatusCode.Created, await ingested.Content.ReadAsStringAsync());
        var id = (await ingested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var earlier in before)
        {
            using var step = await ReportAsync(full, id, earlier);
            step.StatusCode.ShouldBe(HttpStatusCode.OK, await step.Content.ReadAsStringAsync());
        }

        using var response = await ReportAsync(scoped, id, report);

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        var dossier = await full.GetFromJsonAsync<JsonElement>($"/api/v1/integrations/dossiers/{id}");
        dossier.GetProperty("status").GetString().ShouldBe(statusAfter, "a refused report changes nothing, not even the steps it walks through");
        if (expected == HttpStatusCode.OK)
        {
            dossier.GetProperty("steps").EnumerateArray().Last().GetProperty("actorName").GetString().ShouldBe($"Phần mềm {row}");
        }
    }

    private static Task<HttpResponseMessage> ReportAsync(HttpClient client, Guid id, string status) =>
        client.PostAsJsonAsync($"/api/v1/integrations/dossiers/{id}/status", new
        {
            status,
            reasons = status is "NotReceived" or "Refused" ? "Hồ sơ không đủ điều kiện" : null,
            missing = status == "SupplementRequested" ? new[] { "Bản sao giấy khai sinh" } : null,
            channel = status == "ResultReturned" ? "InPerson" : null,
        });
}
