using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>Who may do what to a dossier submitted to the Department: each role, own or another agency, own or another applicant.</summary>
public sealed class DossierAuthorizationMatrixTests : ApiTestFixture
{
    private const string Department = "000.00.12.H26";
    private const string OtherAgency = "000.01.50.H26";

    public static IEnumerable<TestCaseData> Matrix()
    {
        // who: "applicant" (the dossier's own), "stranger" (another citizen), "anonymous", or "<Role>@<agency code>"
        (string Who, string Method, string Action, HttpStatusCode Expected)[] rows =
        [
            ("applicant", "GET", "", HttpStatusCode.OK),
            ("stranger", "GET", "", HttpStatusCode.NotFound),
            ("anonymous", "GET", "", HttpStatusCode.Unauthorized),
            ($"{Roles.Receptionist}@{Department}", "GET", "", HttpStatusCode.OK),
            ($"{Roles.Specialist}@{Department}", "GET", "", HttpStatusCode.OK),
            ($"{Roles.Receptionist}@{OtherAgency}", "GET", "", HttpStatusCode.NotFound),
            ($"{Roles.Leader}@{OtherAgency}", "GET", "", HttpStatusCode.NotFound),
            ($"{Roles.SystemAdmin}@", "GET", "", HttpStatusCode.OK),
            ("applicant", "POST", "receive", HttpStatusCode.Forbidden),
            ("stranger", "POST", "receive", HttpStatusCode.Forbidden),
            ("anonymous", "POST", "receive", HttpStatusCode.Unauthorized),
            ($"{Roles.Specialist}@{Department}", "POST", "receive", HttpStatusCode.Forbidden),
            ($"{Roles.Leader}@{Department}", "POST", "receive", HttpStatusCode.Forbidden),
            ($"{Roles.Receptionist}@{OtherAgency}", "POST", "receive", HttpStatusCode.Forbidden),
            ($"{Roles.Receptionist}@{Department}", "POST", "receive", HttpStatusCode.OK),
            ("stranger", "POST", "withdraw", HttpStatusCode.Forbidden),
            ($"{Roles.Specialist}@{Department}", "POST", "withdraw", HttpStatusCode.Forbidden),
            ("applicant", "POST", "withdraw", HttpStatusCode.OK),
            ($"{Roles.Receptionist}@{OtherAgency}", "POST", "reject", HttpStatusCode.Forbidden),
            ($"{Roles.Receptionist}@{Department}", "POST", "reject", HttpStatusCode.OK),
            ($"{Roles.Leader}@{Department}", "POST", "approve", HttpStatusCode.Conflict),
            ($"{Roles.Specialist}@{Department}", "POST", "approve", HttpStatusCode.Forbidden),
        ];
        return rows.Select(r => new TestCaseData(r.Who, r.Method, r.Action, r.Expected).SetName($"{r.Method} {(r.Action == "" ? "detail" : r.Action)} by {r.Who} → {(int)r.Expected}"));
    }

    [TestCaseSource(nameof(Matrix))]
    public async Task OnASubmittedDepartmentDossier(string who, string method, string action, HttpStatusCode expected)
    {
        var (dossierId, applicant) = await SubmittedDossierAsync();
        var client = await ClientAsync(who, applicant);

        var response = method == "GET"
            ? await client.GetAsync(new Uri($"/api/v1/dossiers/{dossierId}", UriKind.Relative))
            : await client.PostAsJsonAsync($"/api/v1/dossiers/{dossierId}/{action}", BodyOf(action));

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        if (expected is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.NotFound or HttpStatusCode.Conflict)
        {
            (await response.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe((int)expected);
        }
    }

    private static object BodyOf(string action) => action switch
    {
        "reject" => new { reasons = "Lý do" },
        "withdraw" => new { reason = (string?)null },
        _ => new { comment = (string?)null },
    };

    private async Task<HttpClient> ClientAsync(string who, HttpClient applicant)
    {
        switch (who)
        {
            case "applicant":
                return applicant;
            case "anonymous":
                return Client;
            case "stranger":
                await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "001208054321", null, [Roles.Citizen], ApplicantType.Citizen, "001208054321");
                var stranger = ApiHost.Factory.CreateHttpsClient();
                stranger.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(stranger, "001208054321"));
                return stranger;
            default:
                var (role, code) = (who.Split('@')[0], who.Split('@')[1]);
                Guid? agency = code.Length == 0 ? null : await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, code);
                return (await ApiHost.Factory.CreateSignedInClientAsync($"official-{role.ToLowerInvariant()}", agency, role)).Client;
        }
    }

    private async Task<(Guid DossierId, HttpClient Applicant)> SubmittedDossierAsync()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);
        return (id, scenario.Citizen);
    }
}
