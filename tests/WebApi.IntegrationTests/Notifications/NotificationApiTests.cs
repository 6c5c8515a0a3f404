using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>The notification API: each user lists, counts and marks only their own notifications.</summary>
public sealed class NotificationApiTests : NotificationTestFixture
{
    [Test]
    public async Task EachUser_SeesCountsAndMarksOnlyTheirOwnNotifications()
    {
        var workflow = await ArrangeAsync();
        var (id, code) = await workflow.ReceiveAsync();
        await workflow.AssignAsync(id);
        await DeliverAsync();

        var citizenPage = await GetAsync(workflow.Citizen, "/api/v1/me/notifications");
        var specialistPage = await GetAsync(workflow.Specialist, "/api/v1/me/notifications");

        var citizenItems = citizenPage.GetProperty("items").EnumerateArray().ToList();
        citizenItems.Select(n => n.GetProperty("kind").GetString()).ShouldBe(["Received", "Submitted"]); // newest first
        citizenItems[0].GetProperty("title").GetString()!.ShouldContain(code);
        citizenItems[0].GetProperty("body").GetString()!.ShouldContain("Hẹn trả kết quả");
        var specialistItems = specialistPage.GetProperty("items").EnumerateArray().ToList();
        specialistItems.Select(n => n.GetProperty("kind").GetString()).ShouldBe(["Assigned"]);
        (await GetAsync(workflow.Citizen, "/api/v1/me/notifications/unread-count")).GetProperty("unread").GetInt32().ShouldBe(2);

        // Someone else's notification does not exist for me.
        var specialistNotification = specialistItems[0].GetProperty("id").GetGuid();
        await PostAsync(workflow.Citizen, $"/api/v1/me/notifications/{specialistNotification}/read", new { }, HttpStatusCode.NotFound);
        (await GetAsync(workflow.Specialist, "/api/v1/me/notifications/unread-count")).GetProperty("unread").GetInt32().ShouldBe(1);

        await PostAsync(workflow.Citizen, $"/api/v1/me/notifications/{citizenItems[1].GetProperty("id").GetGuid()}/read", new { }, HttpStatusCode.NoContent);
        (await GetAsync(workflow.Citizen, "/api/v1/me/notifications/unread-count")).GetProperty("unread").GetInt32().ShouldBe(1);
        var unread = await GetAsync(workflow.Citizen, "/api/v1/me/notifications?unreadOnly=true");
        unread.GetProperty("totalCount").GetInt32().ShouldBe(1);

        (await PostAsync(workflow.Citizen, "/api/v1/me/notifications/read-all", new { })).GetProperty("marked").GetInt32().ShouldBe(1);
        (await GetAsync(workflow.Citizen, "/api/v1/me/notifications/unread-count")).GetProperty("unread").GetInt32().ShouldBe(0);
        (await GetAsync(workflow.Specialist, "/api/v1/me/notifications/unread-count")).GetProperty("unread").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task Notifications_FollowTheRequestLanguage_AndPage()
    {
        var workflow = await ArrangeAsync();
        await workflow.SubmitAsync();
        await workflow.SubmitAsync();
        await workflow.SubmitAsync();
        await DeliverAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me/notifications?page=2&pageSize=2");
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await workflow.Citizen.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        page.GetProperty("totalCount").GetInt32().ShouldBe(3);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(1);
        items[0].GetProperty("title").GetString()!.ShouldStartWith("Dossier ");
    }

    [Test]
    public async Task TheNotificationApi_NeedsASignedInUser()
    {
        using var anonymous = Host.CreateHttpsClient();

        using var response = await anonymous.GetAsync("/api/v1/me/notifications");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Type == nameof(DossierSubmitted)))).ShouldBe(0);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
