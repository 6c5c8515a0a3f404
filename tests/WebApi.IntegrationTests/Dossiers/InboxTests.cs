using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

public sealed class InboxTests : ApiTestFixture
{
    [Test]
    public async Task TheTabs_CountEachStateOfTheAgency_AndTheListSaysTheProcedureAndTheWorkingDaysLeft()
    {
        var (_, desk, specialist, ids) = await ArrangeAsync();

        var counts = await desk.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dossiers/inbox/counts", UriKind.Relative));
        var mine = await specialist.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dossiers/inbox/counts", UriKind.Relative));
        var inbox = await desk.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dossiers/inbox", UriKind.Relative));

        (counts.GetProperty("toReceive").GetInt32(), counts.GetProperty("inProcessing").GetInt32(), counts.GetProperty("awaitingApproval").GetInt32(),
            counts.GetProperty("overdue").GetInt32(), counts.GetProperty("assignedToMe").GetInt32())
            .ShouldBe((1, 2, 0, 0, 0));
        mine.GetProperty("assignedToMe").GetInt32().ShouldBe(1);
        var items = inbox.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("id").GetGuid()).ShouldBe([ids[1], ids[2], ids[0]], "held by due date, then the one waiting for reception");
        items[0].GetProperty("procedureName").GetString().ShouldNotBeNullOrWhiteSpace();
        items[0].GetProperty("workingDaysLeft").GetDecimal().ShouldBeGreaterThan(0m);
        items[2].GetProperty("workingDaysLeft").ValueKind.ShouldBe(JsonValueKind.Null, "no due date before reception");
        items[0].GetProperty("submissionChannel").GetString().ShouldBe("Online");
    }

    [Test]
    public async Task TheInbox_FindsByCodeOrName_AndSortsByNewestSubmission()
    {
        var (_, desk, _, ids) = await ArrangeAsync();
        var code = (await desk.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{ids[1]}", UriKind.Relative))).GetProperty("code").GetString()!;

        async Task<List<Guid>> Ids(string query) =>
            [.. (await desk.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/inbox?{query}", UriKind.Relative)))
                .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

        (await Ids($"q={Uri.EscapeDataString(code)}")).ShouldBe([ids[1]]);
        (await Ids("q=nobody-by-that-name")).ShouldBeEmpty();
        (await Ids("sort=SubmittedAtDescending")).ShouldBe([ids[2], ids[1], ids[0]]);
        (await Ids("status=Received&status=Submitted")).ShouldBe([ids[1], ids[0]], "a tab may gather several states");
        (await Ids("status=InProcessing")).ShouldBe([ids[2]]);
        using var bad = await desk.GetAsync(new Uri("/api/v1/dossiers/inbox?sort=Sideways", UriKind.Relative));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task TheAssignees_AreTheActiveSpecialistsOfTheCallersAgency()
    {
        var (scenario, desk, _, _) = await ArrangeAsync();
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "inbox-leader", scenario.Department, [Roles.Leader]);

        var assignees = await desk.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dossiers/assignees", UriKind.Relative));

        assignees.EnumerateArray().Select(a => a.GetProperty("fullName").GetString()).ShouldContain(n => n!.Contains("inbox-specialist"));
        assignees.EnumerateArray().Select(a => a.GetProperty("fullName").GetString()).ShouldNotContain(n => n!.Contains("inbox-leader"));
        using var citizen = await scenario.Citizen.GetAsync(new Uri("/api/v1/dossiers/assignees", UriKind.Relative));
        citizen.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task TheTabs_AskByTheServersStatusGroups_AndEachDossierSaysItsGroupAndWhetherItIsOverdue()
    {
        var (_, desk, _, ids) = await ArrangeAsync();

        async Task<List<JsonElement>> Items(string query) =>
            [.. (await desk.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/inbox?{query}", UriKind.Relative))).GetProperty("items").EnumerateArray()];

        (await Items("group=AwaitingReception")).Select(i => i.GetProperty("id").GetGuid()).ShouldBe([ids[0]]);
        var processing = await Items("group=Processing");
        processing.Select(i => i.GetProperty("id").GetGuid()).ShouldBe([ids[1], ids[2]], "received, and with the specialist");
        processing.Select(i => i.GetProperty("statusGroup").GetString()).ShouldBe(["Processing", "Processing"]);
        processing.Select(i => i.GetProperty("isOverdue").GetBoolean()).ShouldBe([false, false], "due in the future");
        (await Items("group=Decided")).ShouldBeEmpty();
        (await Items("overdue=true")).ShouldBeEmpty();
    }

    /// <summary>Three dossiers submitted in order: the first waits for reception, the second is received, the third is assigned.</summary>
    private async Task<(DossierScenario Scenario, HttpClient Desk, HttpClient Specialist, Guid[] Ids)> ArrangeAsync()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("inbox-desk", scenario.Department, Roles.Receptionist);
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("inbox-specialist", scenario.Department, Roles.Specialist);
        var ids = new Guid[3];
        for (var i = 0; i < 3; i++)
        {
            ids[i] = await scenario.StartAsync();
            await scenario.SubmitAsync(ids[i]);
        }

        await DossierScenario.SendAsync(desk, HttpMethod.Post, $"/api/v1/dossiers/{ids[1]}/receive", new { comment = (string?)null });
        await DossierScenario.SendAsync(desk, HttpMethod.Post, $"/api/v1/dossiers/{ids[2]}/receive", new { comment = (string?)null });
        await DossierScenario.SendAsync(desk, HttpMethod.Post, $"/api/v1/dossiers/{ids[2]}/assign", new { assigneeId = specialistId, comment = (string?)null });
        return (scenario, desk, specialist, ids);
    }
}
