using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Auth;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using HanoiDvc.WebApi.IntegrationTests.Integrations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.ScaleOut;

/// <summary>What must hold when requests of one client land on different API nodes, or a node dies mid-request.</summary>
public sealed class TwoNodeTests : TwoNodeFixture
{
    [Test]
    public async Task ASessionStartedOnOneNode_IsRefreshedAndUsedOnTheOther_AndItsOldRefreshTokenIsRefusedOnTheFirst()
    {
        await TestAccounts.CreateUserAsync(TwoNodes.A.Services, "sgd.specialist", null, [Roles.Specialist]);
        using var onA = TwoNodes.A.CreateHttpsClient(handleCookies: false);
        using var onB = TwoNodes.B.CreateHttpsClient(handleCookies: false);

        using var signedIn = await onA.SignInAsync("sgd.specialist", TestAccounts.Password);
        using var refreshed = await onB.PostWithCookieAsync("/api/v1/auth/refresh", signedIn.RefreshToken());
        var token = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var meOnB = await GetAsync(onB, "/api/v1/me", token);
        using var meOnA = await GetAsync(onA, "/api/v1/me", token);
        using var replayedOnA = await onA.PostWithCookieAsync("/api/v1/auth/refresh", signedIn.RefreshToken());

        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        meOnB.StatusCode.ShouldBe(HttpStatusCode.OK);
        meOnA.StatusCode.ShouldBe(HttpStatusCode.OK);
        replayedOnA.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task AnOfficialLockedOnOneNode_IsRefusedOnTheOther_AtTheVeryNextRequest()
    {
        var department = await TestAccounts.AgencyIdAsync(TwoNodes.A.Services, TestAccounts.DepartmentCode);
        var (officialOnA, officialId) = await TwoNodes.A.CreateSignedInClientAsync("sgd.specialist", department, Roles.Specialist);
        var (adminOnB, _) = await TwoNodes.B.CreateSignedInClientAsync("sgd.admin", department, Roles.AgencyAdmin);
        (await officialOnA.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await adminOnB.PostAsync($"/api/v1/admin/officials/{officialId}/lock", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await officialOnA.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task APasswordResetOnOneNode_EndsTheSessionOnTheOther_AtTheVeryNextRequest()
    {
        var department = await TestAccounts.AgencyIdAsync(TwoNodes.A.Services, TestAccounts.DepartmentCode);
        var (officialOnA, officialId) = await TwoNodes.A.CreateSignedInClientAsync("sgd.specialist", department, Roles.Specialist);
        var (adminOnB, _) = await TwoNodes.B.CreateSignedInClientAsync("sgd.admin", department, Roles.AgencyAdmin);
        (await officialOnA.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var reset = await adminOnB.PostAsJsonAsync($"/api/v1/admin/officials/{officialId}/password", new { temporaryPassword = "Hoa-Sen-Ho-Tay@2027" });

        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent, await reset.Content.ReadAsStringAsync());
        (await officialOnA.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task AReusedRefreshTokenOnOneNode_EndsTheSessionOnTheOther_AtTheVeryNextRequest()
    {
        await TestAccounts.CreateUserAsync(TwoNodes.A.Services, "sgd.specialist", null, [Roles.Specialist]);
        using var onA = TwoNodes.A.CreateHttpsClient(handleCookies: false);
        using var onB = TwoNodes.B.CreateHttpsClient(handleCookies: false);
        using var signedIn = await onA.SignInAsync("sgd.specialist", TestAccounts.Password);
        using var rotated = await onA.PostWithCookieAsync("/api/v1/auth/refresh", signedIn.RefreshToken());
        var token = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var before = await GetAsync(onA, "/api/v1/me", token);

        using var replayed = await onB.PostWithCookieAsync("/api/v1/auth/refresh", signedIn.RefreshToken());
        using var after = await GetAsync(onA, "/api/v1/me", token);

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        replayed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the reuse revoked the whole session, the rotated token's too");
    }

    [Test]
    public async Task ASessionSignedOutOnOneNode_IsRefusedOnTheOther_AtTheVeryNextRequest()
    {
        await TestAccounts.CreateUserAsync(TwoNodes.A.Services, "sgd.specialist", null, [Roles.Specialist]);
        using var onA = TwoNodes.A.CreateHttpsClient(handleCookies: false);
        using var onB = TwoNodes.B.CreateHttpsClient(handleCookies: false);
        using var signedIn = await onA.SignInAsync("sgd.specialist", TestAccounts.Password);
        var token = (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var before = await GetAsync(onA, "/api/v1/me", token);

        using var logout = await onB.PostWithCookieAsync("/api/v1/auth/logout", signedIn.RefreshToken());
        using var after = await GetAsync(onA, "/api/v1/me", token);

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ReceptionsOnBothNodesAtOnce_NumberTheDepartmentsDayWithoutRepeatsOrGaps()
    {
        var department = await TestAccounts.AgencyIdAsync(TwoNodes.A.Services, TestAccounts.DepartmentCode);
        using var integrator = await Integrators.SignedInAsync(TwoNodes.A, "catalogue:read dossiers:write");
        var body = await Integrators.IngestionBodyAsync(integrator, department);
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            using var ingested = await Integrators.IngestAsync(integrator, body);
            ids.Add((await ingested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var (deskOnA, _) = await TwoNodes.A.CreateSignedInClientAsync("desk-a", department, Roles.Receptionist);
        var (deskOnB, _) = await TwoNodes.B.CreateSignedInClientAsync("desk-b", department, Roles.Receptionist);

        var answers = await Task.WhenAll(ids.Select((id, i) => (i % 2 == 0 ? deskOnA : deskOnB)
            .PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null })));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var codes = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!));
        codes.Select(c => int.Parse(c[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ShouldBe(Enumerable.Range(1, ids.Count));
    }

    [Test]
    public async Task AnIngestionWhoseNodeDiedBeforeAnswering_RetriedWithItsKeyOnTheOtherNode_AnswersTheSameDossier()
    {
        var department = await TestAccounts.AgencyIdAsync(TwoNodes.A.Services, TestAccounts.DepartmentCode);
        using var onB = await Integrators.SignedInAsync(TwoNodes.B, "catalogue:read dossiers:write");
        var body = await Integrators.IngestionBodyAsync(onB, department);
        await using var dying = TwoNodes.Dying(TwoNodes.A);
        using var onDyingA = WithSameToken(dying, onB);

        var lost = await AnswerAsync(() => Integrators.IngestAsync(onDyingA, body, "lost-answer-0001"));
        var committed = await CountAsync(db => db.Dossiers.CountAsync());
        using var retried = await Integrators.IngestAsync(onB, body, "lost-answer-0001");

        lost.ShouldBeNull("the dying node answered");
        committed.ShouldBe(1, "the dying node did not commit before dying");
        retried.StatusCode.ShouldBe(HttpStatusCode.Created, await retried.Content.ReadAsStringAsync());
        var id = (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await CountAsync(db => db.Dossiers.CountAsync())).ShouldBe(1);
        (await CountAsync(db => db.Dossiers.CountAsync(d => d.Id == id))).ShouldBe(1);
        (await CountAsync(db => db.IdempotencyRecords.CountAsync(r => r.Key == "lost-answer-0001" && r.ResourceId == id))).ShouldBe(1);
    }

    [Test]
    public async Task ASubmissionWhoseNodeDiedBeforeAnswering_RetriedWithItsKeyOnTheOtherNode_AnswersTheSameSubmission()
    {
        var (citizenOnB, id, form) = await DraftOnBAsync();
        await using var dying = TwoNodes.Dying(TwoNodes.A);
        using var citizenOnDyingA = WithSameToken(dying, citizenOnB);

        var lost = await AnswerAsync(() => SubmitAsync(citizenOnDyingA, id, form, "lost-answer-0002"));
        var submittedBefore = await CountAsync(db => db.Dossiers.CountAsync(d => d.Id == id && d.TrackingNumber != null));
        using var retried = await SubmitAsync(citizenOnB, id, form, "lost-answer-0002");

        lost.ShouldBeNull("the dying node answered");
        submittedBefore.ShouldBe(1, "the dying node did not commit before dying");
        retried.StatusCode.ShouldBe(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        var dossier = await retried.Content.ReadFromJsonAsync<JsonElement>();
        dossier.GetProperty("status").GetString().ShouldBe("Submitted");
        dossier.GetProperty("steps").GetArrayLength().ShouldBe(1);
        var stored = await CountAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.TrackingNumber).SingleAsync());
        dossier.GetProperty("trackingNumber").GetString().ShouldBe(stored);
    }

    [Test]
    public async Task ASubmissionThatFailed_LeavesItsKeyFreeForTheCorrectedRetry()
    {
        var (citizen, id, form) = await DraftOnBAsync();
        var incomplete = form.ToDictionary(p => p.Key, p => p.Value);
        incomplete[incomplete.Keys.First()] = null;

        using var failed = await SubmitAsync(citizen, id, incomplete, "failed-first-0003");
        using var corrected = await SubmitAsync(citizen, id, form, "failed-first-0003");

        failed.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await failed.Content.ReadAsStringAsync());
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
    }

    /// <summary>A citizen signed in on node B with a draft of the Department's plain procedure, its documents attached.</summary>
    private static async Task<(HttpClient Citizen, Guid Id, Dictionary<string, string?> Form)> DraftOnBAsync()
    {
        using var anonymous = TwoNodes.B.CreateClient();
        var department = await TestAccounts.AgencyIdAsync(TwoNodes.B.Services, TestAccounts.DepartmentCode);
        var (procedure, form) = await FormFillers.DepartmentProcedureAsync(anonymous);
        await TestAccounts.CreateUserAsync(TwoNodes.B.Services, DossierScenario.CitizenId, null, [Roles.Citizen], ApplicantType.Citizen, DossierScenario.CitizenId);
        var citizen = TwoNodes.B.CreateHttpsClient();
        citizen.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(citizen, DossierScenario.CitizenId));
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, department, form)).GetProperty("id").GetGuid();
        return (citizen, id, form);
    }

    private static HttpClient WithSameToken(WebApplicationFactory<Program> node, HttpClient signedIn)
    {
        var client = node.CreateHttpsClient();
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    /// <summary>The answer's status, or null when the connection dropped without one.</summary>
    private static async Task<HttpStatusCode?> AnswerAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid id, Dictionary<string, string?> form, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/dossiers/{id}/submit") { Content = JsonContent.Create(new { formData = form }) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private static async Task<T> CountAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = TwoNodes.A.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
