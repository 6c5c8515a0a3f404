using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HanoiDvc.WebApi.IntegrationTests.Integrations;

/// <summary>Client credentials, scopes, agency limits, rate limits, ingestion and the HTTP conventions integrators rely on.</summary>
public sealed class IntegratorApiTests : ApiTestFixture
{
    private const string Commune = "000.01.50.H26";

    [Test]
    public async Task TokenEndpoint_IssuesAShortLivedJwtWithScopeAndClientId_ByBasicOrBody()
    {
        var (id, secret) = await Integrators.RegisterAsync(ApiHost.Factory, "Phần mềm trường học", "catalogue:read dossiers:read", TestAccounts.DepartmentCode);

        using var basic = await Integrators.RequestTokenAsync(Client, id, secret, "dossiers:read");
        using var body = await Integrators.RequestTokenAsync(Client, id, secret, basic: false);

        basic.StatusCode.ShouldBe(HttpStatusCode.OK, await basic.Content.ReadAsStringAsync());
        basic.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var answer = await basic.Content.ReadFromJsonAsync<JsonElement>();
        answer.GetProperty("token_type").GetString().ShouldBe("Bearer");
        answer.GetProperty("expires_in").GetInt32().ShouldBe(600);
        answer.GetProperty("scope").GetString().ShouldBe("dossiers:read");
        var jwt = new JsonWebToken(answer.GetProperty("access_token").GetString());
        jwt.GetClaim("client_id").Value.ShouldBe(id);
        jwt.GetClaim("scope").Value.ShouldBe("dossiers:read");
        jwt.ValidTo.ShouldBeLessThanOrEqualTo(DateTime.UtcNow.AddMinutes(11));
        body.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await body.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("scope").GetString().ShouldBe("catalogue:read dossiers:read");
    }

    [Test]
    public async Task TokenEndpoint_AnswersRfc6749Errors()
    {
        var (id, secret) = await Integrators.RegisterAsync(ApiHost.Factory, "Bộ GD&ĐT", "catalogue:read", TestAccounts.DepartmentCode);

        using var wrongSecret = await Integrators.RequestTokenAsync(Client, id, secret + "x");
        using var unknownClient = await Integrators.RequestTokenAsync(Client, Guid.NewGuid().ToString(), secret, basic: false);
        using var notGranted = await Integrators.RequestTokenAsync(Client, id, secret, "dossiers:write");
        using var wrongGrant = await Client.PostAsync("/api/v1/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" }));

        wrongSecret.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrongSecret.Headers.WwwAuthenticate.ToString().ShouldStartWith("Basic");
        (await wrongSecret.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_client");
        unknownClient.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await unknownClient.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_client");
        notGranted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notGranted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_scope");
        wrongGrant.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongGrant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("unsupported_grant_type");
    }

    [Test]
    public async Task DisabledClient_ItsTokenIsRefusedAtOnce_AndItGetsNoNewOne()
    {
        var (id, secret) = await Integrators.RegisterAsync(ApiHost.Factory, "Đối tác bưu chính", "dossiers:read", TestAccounts.DepartmentCode);
        var token = await Integrators.TokenAsync(Client, id, secret);
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await Client.GetAsync("/api/v1/integrations/dossiers")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await ApiHost.Factory.CreateHttpsClient().AsAsync(ApiHost.Factory, Roles.SystemAdmin);
        (await admin.PostAsync($"/api/v1/admin/api-clients/{id}/disable", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var refused = await Client.GetAsync("/api/v1/integrations/dossiers");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await refused.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe(401);
        using var noToken = await Integrators.RequestTokenAsync(ApiHost.Factory.CreateHttpsClient(), id, secret);
        noToken.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task SecretRotation_KeepsTheOldSecretForTheOverlap_OrRevokesItWithItsTokens()
    {
        var (id, first) = await Integrators.RegisterAsync(ApiHost.Factory, "Cổng thanh toán", "dossiers:read", TestAccounts.DepartmentCode);
        using var admin = await ApiHost.Factory.CreateHttpsClient().AsAsync(ApiHost.Factory, Roles.SystemAdmin);
        var oldToken = await Integrators.TokenAsync(Client, id, first);

        var second = (await (await admin.PostAsync($"/api/v1/admin/api-clients/{id}/rotate-secret", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("clientSecret").GetString()!;
        (await Integrators.RequestTokenAsync(Client, id, first)).StatusCode.ShouldBe(HttpStatusCode.OK);   // within the overlap
        (await Integrators.RequestTokenAsync(Client, id, second)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var third = (await (await admin.PostAsync($"/api/v1/admin/api-clients/{id}/rotate-secret?revokeImmediately=true", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("clientSecret").GetString()!;
        (await Integrators.RequestTokenAsync(Client, id, first)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Integrators.RequestTokenAsync(Client, id, second)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Integrators.RequestTokenAsync(Client, id, third)).StatusCode.ShouldBe(HttpStatusCode.OK);
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", oldToken);
        (await Client.GetAsync("/api/v1/integrations/dossiers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ClientSecret_IsStoredOnlyAsItsSha256()
    {
        var (id, secret) = await Integrators.RegisterAsync(ApiHost.Factory, "Hệ thống Bộ", "catalogue:read", TestAccounts.DepartmentCode);

        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ApiClients.SingleAsync(c => c.Id == Guid.Parse(id));
        stored.SecretHash.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret))));
        Convert.FromBase64String(secret.Replace('-', '+').Replace('_', '/') + "=").Length.ShouldBe(32);
    }

    /// <summary>Each scope against each endpoint that needs it: allowed with the scope, 403 with every other scope.</summary>
    [TestCase("catalogue:read", "GET", "/api/v1/procedures")]
    [TestCase("catalogue:read", "GET", "/api/v1/procedures/statistics")]
    [TestCase("statistics:read", "GET", "/api/v1/overview")]
    [TestCase("statistics:read", "GET", "/api/v1/public/statistics")]
    [TestCase("dossiers:read", "GET", "/api/v1/integrations/dossiers")]
    [TestCase("dossiers:read", "GET", "/api/v1/integrations/dossiers/{dossier}")]
    [TestCase("dossiers:write", "POST", "/api/v1/integrations/dossiers")]
    [TestCase("dossiers:write", "POST", "/api/v1/integrations/dossiers/{dossier}/status")]
    [TestCase("webhooks:manage", "GET", "/api/v1/webhooks")]
    [TestCase("webhooks:manage", "POST", "/api/v1/webhooks")]
    public async Task ScopeMatrix(string scope, string method, string path)
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var (clientId, secret) = await Integrators.RegisterAsync(ApiHost.Factory, "Nguồn hồ sơ", Integrators.AllScopes, TestAccounts.DepartmentCode);
        using var writer = ApiHost.Factory.CreateHttpsClient();
        writer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Integrators.TokenAsync(writer, clientId, secret));
        using var ingested = await Integrators.IngestAsync(writer, await Integrators.IngestionBodyAsync(writer, department));
        ingested.StatusCode.ShouldBe(HttpStatusCode.Created, await ingested.Content.ReadAsStringAsync());
        var dossierId = (await ingested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var url = path.Replace("{dossier}", dossierId.ToString());
        object? body = (method, path) switch
        {
            ("POST", "/api/v1/integrations/dossiers") => await Integrators.IngestionBodyAsync(writer, department, "001208077777"),
            ("POST", "/api/v1/webhooks") => new { url = "https://hooks.example.vn/hanoidvc", events = new[] { "dossier.received" } },
            ("POST", _) => new { status = "Received" },
            _ => null,
        };
        foreach (var granted in Integrators.AllScopes.Split(' '))
        {
            using var caller = ApiHost.Factory.CreateHttpsClient();
            caller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Integrators.TokenAsync(caller, clientId, secret, granted));
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await caller.SendAsync(request);
            if (granted == scope)
            {
                ((int)response.StatusCode).ShouldBeLessThan(300, $"{granted}: {await response.Content.ReadAsStringAsync()}");
            }
            else
            {
                response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{granted} on {method} {path}");
                (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("auth.forbidden");
            }
        }
    }

    [TestCase("GET", "/api/v1/dossiers/mine")]
    [TestCase("GET", "/api/v1/dossiers/inbox")]
    [TestCase("GET", "/api/v1/me")]
    [TestCase("GET", "/api/v1/admin/audit")]
    [TestCase("GET", "/api/v1/me/notifications")]
    public async Task AnIntegratorsToken_OpensNoEndpointOfPeople(string method, string path)
    {
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes);

        using var response = await integrator.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
    }

    [TestCase("/api/v1/integrations/dossiers")]
    [TestCase("/api/v1/webhooks")]
    public async Task APersonsToken_OpensNoIntegratorEndpoint(string path)
    {
        await Client.AsAsync(ApiHost.Factory, Roles.SystemAdmin);

        (await Client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task AnonymousCatalogue_StaysPublic()
    {
        (await Client.GetAsync("/api/v1/procedures")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.GetAsync("/api/v1/overview")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task AgencyLimit_AClientSeesOnlyTheDossiersOfItsAgencies_AndSubmitsOnlyForThem()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        using var departmentClient = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes, "Phần mềm Sở");
        using var communeClient = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes, "Phần mềm xã", Commune);
        using var ingested = await Integrators.IngestAsync(departmentClient, await Integrators.IngestionBodyAsync(departmentClient, department));
        var id = (await ingested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        (await departmentClient.GetAsync($"/api/v1/integrations/dossiers/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await communeClient.GetAsync($"/api/v1/integrations/dossiers/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = await communeClient.GetFromJsonAsync<JsonElement>("/api/v1/integrations/dossiers");
        listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldNotContain(id);
        (await departmentClient.GetFromJsonAsync<JsonElement>("/api/v1/integrations/dossiers")).GetProperty("items")
            .EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id);
        using var elsewhere = await Integrators.IngestAsync(communeClient, await Integrators.IngestionBodyAsync(communeClient, department, "001208066666"));
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await elsewhere.Content.ReadAsStringAsync());
        using var report = await communeClient.PostAsJsonAsync($"/api/v1/integrations/dossiers/{id}/status", new { status = "Received" });
        report.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task RateLimit_IsPerClient_429WithRetryAfter()
    {
        await using var host = ApiHost.Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:Integrator:PermitLimit", "3"));
        using var first = await Integrators.SignedInAsync(host, "catalogue:read", "Khách 1");
        using var second = await Integrators.SignedInAsync(host, "catalogue:read", "Khách 2");

        for (var i = 0; i < 3; i++)
        {
            (await first.GetAsync("/api/v1/procedures?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var limited = await first.GetAsync("/api/v1/procedures?pageSize=1");
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        (await limited.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("rate_limit.exceeded");
        (await second.GetAsync("/api/v1/procedures?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var anonymous = host.CreateHttpsClient();
        for (var i = 0; i < 5; i++)
        {
            (await anonymous.GetAsync("/api/v1/procedures?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task Ingestion_IsIdempotent_AndRecordsItsSource()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, "catalogue:read dossiers:write dossiers:read", "Cổng DVC quốc gia");
        var body = await Integrators.IngestionBodyAsync(integrator, department);

        using var first = await Integrators.IngestAsync(integrator, body, "ingest-0001");
        using var again = await Integrators.IngestAsync(integrator, body, "ingest-0001");
        using var other = await Integrators.IngestAsync(integrator, await Integrators.IngestionBodyAsync(integrator, department, "001208055555"), "ingest-0001");

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        var dossier = await first.Content.ReadFromJsonAsync<JsonElement>();
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(dossier.GetProperty("id").GetGuid());
        other.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await other.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("idempotency.key_reused");
        dossier.GetProperty("status").GetString().ShouldBe("Submitted");
        dossier.GetProperty("source").GetString().ShouldBe("Integration:Cổng DVC quốc gia");
        dossier.GetProperty("submittedAt").GetString()!.ShouldEndWith("+00:00");
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Dossiers.CountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task IngestedDossier_ReachesTheCitizenWithAnAccount_UnderTheirCitizenId()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var citizenId = "001208044444";
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, citizenId, null, [Roles.Citizen], Domain.Accounts.ApplicantType.Citizen, citizenId);
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, "catalogue:read dossiers:write", "Cổng DVC quốc gia");
        using var ingested = await Integrators.IngestAsync(integrator, await Integrators.IngestionBodyAsync(integrator, department, citizenId));
        var id = (await ingested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var citizen = ApiHost.Factory.CreateHttpsClient();
        citizen.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TestAccounts.SignInAsync(citizen, citizenId));
        (await citizen.GetAsync($"/api/v1/dossiers/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task StatusReports_WalkTheWorkflow_AndIfMatchRefusesAStaleOne()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes, "Hệ thống một cửa");
        using var ingested = await Integrators.IngestAsync(integrator, await Integrators.IngestionBodyAsync(integrator, department));
        var id = (await ingested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var read = await integrator.GetAsync($"/api/v1/integrations/dossiers/{id}");
        var etag = read.Headers.ETag!.Tag;

        using var notModified = await Send(integrator, HttpMethod.Get, $"/api/v1/integrations/dossiers/{id}", null, ("If-None-Match", etag));
        using var received = await Send(integrator, HttpMethod.Post, $"/api/v1/integrations/dossiers/{id}/status", new { status = "Received" }, ("If-Match", etag));
        using var stale = await Send(integrator, HttpMethod.Post, $"/api/v1/integrations/dossiers/{id}/status", new { status = "Approved" }, ("If-Match", etag));
        using var approved = await Send(integrator, HttpMethod.Post, $"/api/v1/integrations/dossiers/{id}/status", new { status = "Approved" });
        using var backwards = await Send(integrator, HttpMethod.Post, $"/api/v1/integrations/dossiers/{id}/status", new { status = "Received" });
        using var returned = await Send(integrator, HttpMethod.Post, $"/api/v1/integrations/dossiers/{id}/status", new { status = "ResultReturned", channel = "InPerson" });

        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        received.StatusCode.ShouldBe(HttpStatusCode.OK, await received.Content.ReadAsStringAsync());
        (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldNotBeNull();
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await stale.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("precondition.failed");
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Resolved");
        backwards.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        returned.StatusCode.ShouldBe(HttpStatusCode.OK, await returned.Content.ReadAsStringAsync());
        (await returned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("ResultReturned");
    }

    [Test]
    public async Task OfficialDossierReads_CarryAnETag_AndWritesHonourIfMatch()
    {
        var scenario = await Dossiers.DossierScenario.ArrangeAsync(Client);
        var id = await scenario.StartAsync();
        await scenario.SubmitAsync(id);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd-desk-etag", scenario.Department, Roles.Receptionist);
        using var read = await desk.GetAsync($"/api/v1/dossiers/{id}");
        var etag = read.Headers.ETag!.Tag;

        using var same = await Send(desk, HttpMethod.Get, $"/api/v1/dossiers/{id}", null, ("If-None-Match", etag));
        using var wrong = await Send(desk, HttpMethod.Post, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null }, ("If-Match", "\"d1\""));
        using var right = await Send(desk, HttpMethod.Post, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null }, ("If-Match", etag));

        same.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        wrong.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        right.StatusCode.ShouldBe(HttpStatusCode.OK, await right.Content.ReadAsStringAsync());
        (await desk.GetAsync($"/api/v1/dossiers/{id}")).Headers.ETag!.Tag.ShouldNotBe(etag);
    }

    [Test]
    public async Task ProcedureReads_CarryAContentETag()
    {
        using var first = await Client.GetAsync("/api/v1/procedures?pageSize=5");
        var etag = first.Headers.ETag!.Tag;

        using var again = await Send(Client, HttpMethod.Get, "/api/v1/procedures?pageSize=5", null, ("If-None-Match", etag));
        using var other = await Send(Client, HttpMethod.Get, "/api/v1/procedures?pageSize=6", null, ("If-None-Match", etag));

        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task IntegratorCalls_AreAuditedUnderTheClientsId()
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var (clientId, secret) = await Integrators.RegisterAsync(ApiHost.Factory, "Cổng DVC quốc gia", "catalogue:read dossiers:write", TestAccounts.DepartmentCode);
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Integrators.TokenAsync(Client, clientId, secret));
        using var ingested = await Integrators.IngestAsync(Client, await Integrators.IngestionBodyAsync(Client, department));
        var id = (await ingested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditRecords
            .Where(r => r.EntityType == "Dossier" && r.EntityId == id.ToString()).ToListAsync();
        records.ShouldNotBeEmpty();
        records.ShouldAllBe(r => r.UserId == Guid.Parse(clientId) && r.UserName == "client:Cổng DVC quốc gia");
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object? body, (string Name, string Value) header)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object? body) =>
        client.SendAsync(new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) });
}
