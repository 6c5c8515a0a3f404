using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>
/// Who may do what to a Department dossier, endpoint by endpoint: each row arranges the dossier in the state the endpoint
/// acts on (so a refusal is about the caller, not the state), then calls it as the applicant, another citizen, an anonymous
/// caller, each official role of the Department or of a commune, or a system administrator. Lists say whether the dossier
/// is listed for the caller.
/// </summary>
public sealed class DossierAuthorizationMatrixTests : ApiTestFixture
{
    private const string Department = "000.00.12.H26";
    private const string Commune = "000.01.50.H26";

    private const string Applicant = "applicant";
    private const string Stranger = "stranger";
    private const string Anonymous = "anonymous";
    private const string Admin = $"{Roles.SystemAdmin}@";
    private const string DeptDesk = $"{Roles.Receptionist}@{Department}";
    private const string DeptSpecialist = $"{Roles.Specialist}@{Department}";
    private const string DeptLeader = $"{Roles.Leader}@{Department}";
    private const string CommuneDesk = $"{Roles.Receptionist}@{Commune}";
    private const string CommuneSpecialist = $"{Roles.Specialist}@{Commune}";
    private const string CommuneLeader = $"{Roles.Leader}@{Commune}";

    /// <summary>An integrator acting for the Department with every scope: people's endpoints refuse its token all the same.</summary>
    private const string DeptIntegrator = "integrator@" + Department;

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode Conflict = HttpStatusCode.Conflict;

    /// <summary>The state a row arranges before its call.</summary>
    public enum Stage
    {
        Draft,
        Submitted,
        Received,
        InProcessing,
        SupplementRequested,
        AwaitingApproval,
        Resolved,
        ResultReturned,
    }

    /// <summary>What a list answer must say about the arranged dossier.</summary>
    public enum Listing
    {
        NotAList,
        Listed,
        NotListed,
    }

    public static IEnumerable<TestCaseData> Matrix()
    {
        // who: Applicant (the dossier's own), Stranger (another citizen), Anonymous, "<Role>@<agency code>" or Admin.
        // Reads: the applicant and the agency holding the dossier see it; anyone else gets 404 (its existence is not disclosed).
        var readers = new (string Who, HttpStatusCode Expected)[]
        {
            (Applicant, Ok), (Stranger, NotFound), (Anonymous, Unauthorized), (DeptDesk, Ok), (DeptSpecialist, Ok), (DeptLeader, Ok),
            (CommuneDesk, NotFound), (CommuneLeader, NotFound), (Admin, Ok),
        };
        var rows = new List<(string Who, Stage Stage, string Method, string Path, HttpStatusCode Expected, Listing Listing)>();
        rows.AddRange(readers.Select(r => (r.Who, Stage.Submitted, "GET", "", r.Expected, Listing.NotAList)));
        rows.AddRange(readers.Select(r => (r.Who, Stage.Submitted, "GET", "attachments/first", r.Expected, Listing.NotAList)));
        rows.AddRange(readers.Select(r => (r.Who, Stage.Received, "GET", "documents/Receipt", r.Expected, Listing.NotAList)));
        // An integrator reads its agencies' dossiers under /api/v1/integrations only (see IntegratorApiTests).
        rows.AddRange(new (string, Stage, string, string, HttpStatusCode, Listing)[]
        {
            (DeptIntegrator, Stage.Submitted, "GET", "", Forbidden, Listing.NotAList),
            (DeptIntegrator, Stage.Submitted, "GET", "attachments/first", Forbidden, Listing.NotAList),
            (DeptIntegrator, Stage.Received, "GET", "documents/Receipt", Forbidden, Listing.NotAList),
            (DeptIntegrator, Stage.Submitted, "GET", "/mine", Forbidden, Listing.NotAList),
            (DeptIntegrator, Stage.Submitted, "GET", "/inbox", Forbidden, Listing.NotAList),
        });
        // An online draft is the applicant's own until it is submitted.
        rows.AddRange(new (string, Stage, string, string, HttpStatusCode, Listing)[]
        {
            (Applicant, Stage.Draft, "GET", "", Ok, Listing.NotAList),
            (DeptDesk, Stage.Draft, "GET", "", NotFound, Listing.NotAList),
            (DeptLeader, Stage.Draft, "GET", "attachments/first", NotFound, Listing.NotAList),
            (DeptDesk, Stage.Draft, "GET", "/inbox", Ok, Listing.NotListed),
        });

        // Lists: "mine" for applicants, the inbox for officials, each scoped to the caller.
        rows.AddRange(new (string, Stage, string, string, HttpStatusCode, Listing)[]
        {
            (Applicant, Stage.Submitted, "GET", "/mine", Ok, Listing.Listed),
            (Stranger, Stage.Submitted, "GET", "/mine", Ok, Listing.NotListed),
            (DeptDesk, Stage.Submitted, "GET", "/mine", Forbidden, Listing.NotAList),
            (Anonymous, Stage.Submitted, "GET", "/mine", Unauthorized, Listing.NotAList),
            (DeptDesk, Stage.Submitted, "GET", "/inbox", Ok, Listing.Listed),
            (DeptLeader, Stage.Received, "GET", "/inbox", Ok, Listing.Listed),
            (DeptSpecialist, Stage.InProcessing, "GET", "/inbox?assignedToMe=true", Ok, Listing.Listed),
            (CommuneDesk, Stage.Submitted, "GET", "/inbox", Ok, Listing.NotListed),
            (CommuneLeader, Stage.Received, "GET", "/inbox", Ok, Listing.NotListed),
            (Applicant, Stage.Submitted, "GET", "/inbox", Forbidden, Listing.NotAList),
            (Anonymous, Stage.Submitted, "GET", "/inbox", Unauthorized, Listing.NotAList),
        });

        // Changes: the one who may (200, or a 409 that proves the caller got past the authorization), and those who may not:
        // 403 for a role the action never allows and for those who can read the dossier, the 404 a read gives for those who
        // hold the role but cannot read it (a write discloses no more than a read).
        void Change(Stage stage, string method, string action, params (string Who, HttpStatusCode Expected)[] callers) =>
            rows.AddRange(callers.Select(c => (c.Who, stage, method, action, c.Expected, Listing.NotAList)));

        Change(Stage.Draft, "PUT", "draft", (Applicant, Ok), (Stranger, NotFound), (DeptDesk, NotFound), (Anonymous, Unauthorized));
        Change(Stage.Draft, "POST", "attachments", (Applicant, Created), (Stranger, NotFound), (DeptDesk, NotFound), (Anonymous, Unauthorized));
        Change(Stage.Draft, "POST", "submit", (Applicant, Ok), (Stranger, NotFound), (DeptDesk, NotFound), (DeptLeader, Forbidden), (Anonymous, Unauthorized));
        Change(Stage.Draft, "POST", "submit", (DeptIntegrator, Forbidden));
        Change(Stage.InProcessing, "POST", "submit-for-approval", (DeptIntegrator, Forbidden));
        Change(Stage.AwaitingApproval, "POST", "approve", (DeptIntegrator, Forbidden));
        Change(Stage.Submitted, "POST", "receive",
            (DeptIntegrator, Forbidden), (DeptDesk, Ok), (CommuneDesk, NotFound), (DeptSpecialist, Forbidden), (DeptLeader, Forbidden), (Applicant, Forbidden), (Stranger, Forbidden),
            (Anonymous, Unauthorized), (Admin, Forbidden));
        Change(Stage.Submitted, "POST", "reject", (DeptDesk, Ok), (CommuneDesk, NotFound), (DeptLeader, Forbidden), (Applicant, Forbidden));
        Change(Stage.Submitted, "POST", "request-supplement", (DeptDesk, Ok), (CommuneDesk, NotFound), (DeptSpecialist, Forbidden), (Applicant, Forbidden));
        Change(Stage.Submitted, "POST", "withdraw", (Applicant, Ok), (Stranger, NotFound), (DeptSpecialist, Forbidden), (CommuneDesk, NotFound), (Anonymous, Unauthorized));
        Change(Stage.SupplementRequested, "POST", "provide-supplement", (Applicant, Ok), (Stranger, NotFound), (CommuneDesk, NotFound), (DeptSpecialist, Forbidden));
        Change(Stage.Received, "POST", "assign",
            (DeptLeader, Ok), (DeptDesk, Ok), (CommuneLeader, NotFound), (DeptSpecialist, Forbidden), (Applicant, Forbidden), (Anonymous, Unauthorized));
        Change(Stage.InProcessing, "POST", "request-supplement", (DeptSpecialist, Ok), (CommuneSpecialist, NotFound), (DeptDesk, Forbidden), (Applicant, Forbidden));
        Change(Stage.InProcessing, "POST", "forward", (DeptSpecialist, Ok), (CommuneSpecialist, NotFound), (DeptLeader, Forbidden), (Applicant, Forbidden));
        Change(Stage.InProcessing, "POST", "submit-for-approval", (DeptSpecialist, Ok), (CommuneSpecialist, NotFound), (DeptLeader, Forbidden), (Applicant, Forbidden));
        Change(Stage.InProcessing, "POST", "stop", (DeptLeader, Ok), (CommuneLeader, NotFound), (DeptSpecialist, Forbidden), (Applicant, Forbidden));
        // An apology to a date before the current appointment is a 409 for those who may apologise (the desk without a signing
        // leader is a 409 too), a 403 for the others.
        Change(Stage.InProcessing, "POST", "apologise",
            (DeptLeader, Conflict), (DeptDesk, Conflict), (CommuneLeader, NotFound), (CommuneDesk, NotFound), (DeptSpecialist, Forbidden), (Applicant, Forbidden));
        Change(Stage.AwaitingApproval, "POST", "approve", (DeptLeader, Ok), (CommuneLeader, NotFound), (DeptSpecialist, Forbidden), (DeptDesk, Forbidden), (Applicant, Forbidden));
        Change(Stage.AwaitingApproval, "POST", "refuse", (DeptLeader, Ok), (CommuneLeader, NotFound), (DeptSpecialist, Forbidden));
        Change(Stage.AwaitingApproval, "POST", "return-to-specialist", (DeptLeader, Ok), (CommuneLeader, NotFound), (DeptSpecialist, Forbidden));
        Change(Stage.Resolved, "POST", "return-result",
            (DeptDesk, Ok), (CommuneDesk, NotFound), (DeptLeader, Forbidden), (DeptSpecialist, Forbidden), (Applicant, Forbidden), (Anonymous, Unauthorized));
        Change(Stage.ResultReturned, "POST", "rating",
            (Applicant, Ok), (Stranger, NotFound), (DeptDesk, Forbidden), (DeptLeader, Forbidden), (CommuneDesk, NotFound), (Admin, Forbidden), (Anonymous, Unauthorized));

        return rows.Select(r => new TestCaseData(r.Who, r.Stage, r.Method, r.Path, r.Expected, r.Listing)
            .SetName($"{r.Method} {(r.Path.Length == 0 ? "detail" : r.Path)} at {r.Stage} by {r.Who} → {(int)r.Expected}{(r.Listing == Listing.NotAList ? "" : $" {r.Listing}")}"));
    }

    [TestCaseSource(nameof(Matrix))]
    public async Task OnADepartmentDossier(string who, Stage stage, string method, string path, HttpStatusCode expected, Listing listing)
    {
        var arranged = await ArrangeAsync(stage);
        var client = await ClientAsync(who, arranged);

        using var response = await CallAsync(client, arranged, method, path);

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        if ((int)expected >= 400)
        {
            (await response.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe((int)expected);
        }

        if (listing != Listing.NotAList)
        {
            var ids = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid());
            ids.Contains(arranged.Id).ShouldBe(listing == Listing.Listed);
        }
    }

    private sealed record Arranged(Guid Id, DossierScenario Scenario, Guid SpecialistId, Guid DepartmentId, Guid CommuneId, JsonElement Dossier);

    private async Task<Arranged> ArrangeAsync(Stage stage)
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var departmentId = scenario.Department;
        var communeId = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, Commune);
        var specialistId = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "arranged-specialist", departmentId, [Roles.Specialist]);
        var desk = await OfficialAsync(Guid.NewGuid(), Roles.Receptionist, departmentId);
        var leader = await OfficialAsync(Guid.NewGuid(), Roles.Leader, departmentId);
        var specialist = await OfficialAsync(specialistId, Roles.Specialist, departmentId);
        var id = await scenario.StartAsync();
        if (stage != Stage.Draft)
        {
            await scenario.SubmitAsync(id);
        }

        async Task Step(HttpClient client, string action, object body) =>
            await DossierScenario.SendAsync(client, HttpMethod.Post, $"/api/v1/dossiers/{id}/{action}", body);

        if (stage == Stage.SupplementRequested)
        {
            await Step(desk, "request-supplement", new { missing = new[] { "Bản sao giấy khai sinh" } });
        }

        if (stage >= Stage.Received && stage != Stage.SupplementRequested)
        {
            await Step(desk, "receive", new { comment = (string?)null });
        }

        if (stage >= Stage.InProcessing && stage != Stage.SupplementRequested)
        {
            await Step(leader, "assign", new { assigneeId = specialistId, comment = (string?)null });
        }

        if (stage >= Stage.AwaitingApproval)
        {
            await Step(specialist, "submit-for-approval", new { comment = (string?)null });
        }

        if (stage >= Stage.Resolved)
        {
            await Step(leader, "approve", new { comment = (string?)null });
        }

        if (stage >= Stage.ResultReturned)
        {
            await Step(desk, "return-result", new { channel = "InPerson", comment = (string?)null });
        }

        var dossier = await scenario.Citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        return new Arranged(id, scenario, specialistId, departmentId, communeId, dossier);
    }

    private async Task<HttpClient> ClientAsync(string who, Arranged arranged)
    {
        switch (who)
        {
            case Applicant:
                return arranged.Scenario.Citizen;
            case Anonymous:
                return Client;
            case Stranger:
                await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "001208054321", null, [Roles.Citizen], ApplicantType.Citizen, "001208054321");
                var stranger = ApiHost.Factory.CreateHttpsClient();
                stranger.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(stranger, "001208054321"));
                return stranger;
            case DeptSpecialist:
                return await OfficialAsync(arranged.SpecialistId, Roles.Specialist, arranged.DepartmentId);
            case DeptIntegrator:
                return await Integrations.Integrators.SignedInAsync(ApiHost.Factory, Integrations.Integrators.AllScopes, "Phần mềm một cửa");
            default:
                var (role, code) = (who.Split('@')[0], who.Split('@')[1]);
                Guid? agency = code.Length == 0 ? null : code == Department ? arranged.DepartmentId : arranged.CommuneId;
                return await OfficialAsync(Guid.NewGuid(), role, agency);
        }
    }

    private static async Task<HttpClient> OfficialAsync(Guid userId, string role, Guid? agencyId)
    {
        var client = ApiHost.Factory.CreateHttpsClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", await TestTokens.ForAsync(ApiHost.Factory.Services, userId, $"Cán bộ {role}", [role], agencyId));
        return client;
    }

    private static async Task<HttpResponseMessage> CallAsync(HttpClient client, Arranged arranged, string method, string path)
    {
        var id = arranged.Id;
        if (method == "GET")
        {
            var uri = path switch
            {
                "" => $"/api/v1/dossiers/{id}",
                "attachments/first" => $"/api/v1/dossiers/{id}/attachments/{arranged.Dossier.GetProperty("attachments")[0].GetProperty("id").GetGuid()}",
                _ when path.StartsWith('/') => $"/api/v1/dossiers{path}",
                _ => $"/api/v1/dossiers/{id}/{path}",
            };
            return await client.GetAsync(new Uri(uri, UriKind.Relative));
        }

        if (path == "attachments")
        {
            using var upload = new MultipartFormDataContent();
            var file = new ByteArrayContent([.. "%PDF-1.7\n"u8, .. new byte[200]]);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            upload.Add(file, "file", "bo-sung.pdf");
            return await client.PostAsync(new Uri($"/api/v1/dossiers/{id}/attachments", UriKind.Relative), upload);
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/v1/dossiers/{id}/{path}")
        {
            Content = JsonContent.Create(BodyOf(path, arranged)),
        };
        return await client.SendAsync(request);
    }

    private static object BodyOf(string action, Arranged arranged) => action switch
    {
        "draft" => new { formData = arranged.Scenario.Form },
        "submit" => new { formData = (object?)null },
        "reject" or "refuse" or "stop" => new { reasons = "Hồ sơ không đủ điều kiện" },
        "request-supplement" => new { missing = new[] { "Bản sao giấy khai sinh" } },
        "provide-supplement" => new { formData = (object?)null, comment = "Đã bổ sung" },
        "withdraw" => new { reason = (string?)null },
        "assign" => new { assigneeId = arranged.SpecialistId, comment = (string?)null },
        "forward" => new { toAgencyId = arranged.CommuneId, stepDeadline = DateTimeOffset.UtcNow.AddDays(5), assigneeId = (Guid?)null, comment = "Xác minh", commentAudience = "Internal" },
        "apologise" => new { newAppointmentAt = new DateTimeOffset(2000, 1, 3, 8, 0, 0, TimeSpan.FromHours(7)), reason = "Chậm xác minh", signerTitle = "GIÁM ĐỐC" },
        "return-to-specialist" => new { comment = "Sửa lại dự thảo", commentAudience = "Internal" },
        "return-result" => new { channel = "InPerson", comment = (string?)null },
        "rating" => new { level = "Satisfied", comment = "Nhanh, đúng hẹn" },
        _ => new { comment = (string?)null },
    };
}
