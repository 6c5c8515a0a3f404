using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>
/// The edges of the workflow found from outside: who among an agency's specialists may act, what a write to someone
/// else's dossier discloses, and what a retried desk action answers.
/// </summary>
public sealed class DossierEdgeTests : ApiTestFixture
{
    private DossierScenario _scenario = null!;
    private HttpClient _desk = null!;
    private HttpClient _leader = null!;

    [SetUp]
    public async Task ArrangeOfficialsAsync()
    {
        _scenario = await DossierScenario.ArrangeAsync(Client);
        (_desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("edge.desk", _scenario.Department, Roles.Receptionist);
        (_leader, _) = await ApiHost.Factory.CreateSignedInClientAsync("edge.leader", _scenario.Department, Roles.Leader);
    }

    [TearDown]
    public void DisposeOfficials()
    {
        _desk.Dispose();
        _leader.Dispose();
        _scenario.Citizen.Dispose();
    }

    [Test]
    public async Task ASpecialist_ActsOnlyOnADossierAssignedToThem_UntilALeaderReassignsIt()
    {
        var (assigned, assignedId) = await ApiHost.Factory.CreateSignedInClientAsync("edge.assigned", _scenario.Department, Roles.Specialist);
        var (colleague, colleagueId) = await ApiHost.Factory.CreateSignedInClientAsync("edge.colleague", _scenario.Department, Roles.Specialist);
        using var _ = assigned;
        using var __ = colleague;
        var id = await ReceivedAsync();
        await DossierScenario.SendAsync(_leader, HttpMethod.Post, $"/api/v1/dossiers/{id}/assign", new { assigneeId = assignedId });

        using var byColleague = await colleague.PostAsJsonAsync($"/api/v1/dossiers/{id}/submit-for-approval", new { comment = "Xong", commentAudience = "Internal" });
        using var supplementByColleague = await colleague.PostAsJsonAsync($"/api/v1/dossiers/{id}/request-supplement", new { missing = new[] { "Bản sao" } });
        using var reassignByColleague = await colleague.PostAsJsonAsync($"/api/v1/dossiers/{id}/reassign", new { assigneeId = colleagueId });
        byColleague.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await byColleague.Content.ReadAsStringAsync());
        (await byColleague.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.not_allowed");
        supplementByColleague.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        reassignByColleague.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "only a leader reassigns");

        var reassigned = await DossierScenario.SendAsync(_leader, HttpMethod.Post, $"/api/v1/dossiers/{id}/reassign", new { assigneeId = colleagueId, comment = "Chuyên viên nghỉ phép", commentAudience = "Internal" });
        reassigned.GetProperty("assigneeId").GetGuid().ShouldBe(colleagueId);
        using var byFormerAssignee = await assigned.PostAsJsonAsync($"/api/v1/dossiers/{id}/submit-for-approval", new { comment = "Xong", commentAudience = "Internal" });
        byFormerAssignee.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var submitted = await DossierScenario.SendAsync(colleague, HttpMethod.Post, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = "Xong", commentAudience = "Internal" });
        submitted.GetProperty("status").GetString().ShouldBe("AwaitingApproval");
        var steps = submitted.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList();
        steps.ShouldContain("Reassign");
    }

    [Test]
    public async Task AWriteToADossierTheCallerCannotRead_Answers404_AsForAnUnknownId_WithoutNamingIt()
    {
        var id = await ReceivedAsync();
        var tracking = (await _scenario.Citizen.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{id}")).GetProperty("trackingNumber").GetString()!;
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "001208054321", null, [Roles.Citizen], ApplicantType.Citizen, "001208054321");
        using var stranger = ApiHost.Factory.CreateHttpsClient();
        stranger.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(stranger, "001208054321"));
        var commune = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26");
        var (communeLeader, _) = await ApiHost.Factory.CreateSignedInClientAsync("edge.commune.leader", commune, Roles.Leader);
        using var ___ = communeLeader;

        var writes = new (HttpClient Who, string Action, object Body)[]
        {
            (stranger, "withdraw", new { reason = "Không cần nữa" }),
            (stranger, "rating", new { level = "Satisfied" }),
            (communeLeader, "stop", new { reasons = "Dừng" }),
            (communeLeader, "apologise", new { newAppointmentAt = DateTimeOffset.UtcNow.AddDays(30), reason = "Chậm", signerTitle = "CHỦ TỊCH" }),
        };
        foreach (var (who, action, body) in writes)
        {
            using var known = await who.PostAsJsonAsync($"/api/v1/dossiers/{id}/{action}", body);
            using var unknown = await who.PostAsJsonAsync($"/api/v1/dossiers/{Guid.NewGuid()}/{action}", body);
            var text = await known.Content.ReadAsStringAsync();

            known.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{action}: {text}");
            unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            text.ShouldNotContain(tracking);
            text.ShouldNotContain("Received");
            (await known.ReadProblemAsync()).GetProperty("title").GetString().ShouldBe((await unknown.ReadProblemAsync()).GetProperty("title").GetString());
        }
    }

    [Test]
    public async Task ARetriedDeskAction_WithItsIdempotencyKey_AnswersTheCodeItGave_InsteadOf409()
    {
        var id = await SubmittedAsync();

        using var first = await PostWithKeyAsync(_desk, id, "receive", new { comment = "Đủ hồ sơ", commentAudience = "Internal" }, "desk-receive-0001");
        using var retry = await PostWithKeyAsync(_desk, id, "receive", new { comment = "Đủ hồ sơ", commentAudience = "Internal" }, "desk-receive-0001");
        using var otherBody = await PostWithKeyAsync(_desk, id, "receive", new { comment = "Khác", commentAudience = "Internal" }, "desk-receive-0001");
        using var otherAction = await PostWithKeyAsync(_desk, id, "reject", new { reasons = "Thiếu" }, "desk-receive-0001");
        using var withoutKey = await PostWithKeyAsync(_desk, id, "receive", new { comment = "Đủ hồ sơ", commentAudience = "Internal" }, null);
        using var malformed = await PostWithKeyAsync(_desk, id, "receive", new { comment = "Đủ hồ sơ", commentAudience = "Internal" }, "x y");

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        retry.StatusCode.ShouldBe(HttpStatusCode.OK, await retry.Content.ReadAsStringAsync());
        var code = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
        code.ShouldNotBeNullOrEmpty();
        (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
        otherBody.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await otherBody.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("idempotency.key_reused");
        otherAction.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        withoutKey.StatusCode.ShouldBe(HttpStatusCode.Conflict, "without a key a second reception is the conflict it always was");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await malformed.ReadProblemAsync()).GetProperty("errors").TryGetProperty("idempotencyKey", out _).ShouldBeTrue();
        var steps = (await _scenario.Citizen.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{id}")).GetProperty("steps").EnumerateArray();
        steps.Count(s => s.GetProperty("action").GetString() == "Receive").ShouldBe(1);
    }

    [Test]
    public async Task ConcurrentTries_WithOneIdempotencyKey_ReceiveOnce_AndAnswerTheSameCode()
    {
        var id = await SubmittedAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var response = await PostWithKeyAsync(_desk, id, "receive", new { comment = (string?)null }, "desk-receive-race");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        answers.Select(a => JsonDocument.Parse(a.Body).RootElement.GetProperty("code").GetString()).Distinct().Count().ShouldBe(1);
    }

    private async Task<Guid> SubmittedAsync()
    {
        var id = await _scenario.StartAsync();
        await _scenario.SubmitAsync(id);
        return id;
    }

    private async Task<Guid> ReceivedAsync()
    {
        var id = await SubmittedAsync();
        await DossierScenario.SendAsync(_desk, HttpMethod.Post, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        return id;
    }

    private static async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, Guid id, string action, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/dossiers/{id}/{action}") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }
}
