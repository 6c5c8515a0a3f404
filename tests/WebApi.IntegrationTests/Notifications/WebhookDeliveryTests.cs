using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using HanoiDvc.Domain.Integrations;
using HanoiDvc.Infrastructure.Integrations;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Integrations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>
/// Webhooks end to end on the notification hosts (whose clock the tests set): an ingested dossier's event goes through the
/// outbox to a delivery, the delivery job posts it signed to a loopback receiver, failures are retried on the back-off,
/// redelivered on request, and disable the subscription after too many in a row.
/// </summary>
public sealed class WebhookDeliveryTests : NotificationTestFixture
{
    private const string Commune = "000.01.50.H26";

    [Test]
    public async Task ASubmittedDossier_IsPostedSigned_ToTheSubscribersOfItsAgenciesOnly()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort());
        var (integrator, secret) = await SubscribeAsync(Host, receiver.Url, "dossier.submitted", "dossier.received");
        using var outsider = await Integrators.SignedInAsync(Host, "dossiers:read webhooks:manage", "Phần mềm xã", Commune);
        (await outsider.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events = new[] { "dossier.submitted" } })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var dossierId = await IngestAsync(integrator);
        await DeliverAsync();
        var deliveries = await WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().ToListAsync());
        deliveries.Count.ShouldBe(1); // the commune's subscription hears nothing of a Department dossier
        await RunJobAsync(deliveries[0].Id);

        receiver.Requests.Count.ShouldBe(1);
        var request = receiver.Requests.Single();
        request.Headers["X-HanoiDvc-Event"].ShouldBe("dossier.submitted");
        request.Headers["X-HanoiDvc-Delivery"].ShouldBe(deliveries[0].Id.ToString());
        IndependentVerifier.Verify(request.Headers["X-HanoiDvc-Signature"], request.Body, secret, DateTimeOffset.UtcNow).ShouldBeTrue();
        IndependentVerifier.Verify(request.Headers["X-HanoiDvc-Signature"], request.Body + " ", secret, DateTimeOffset.UtcNow).ShouldBeFalse();
        IndependentVerifier.Verify(request.Headers["X-HanoiDvc-Signature"], request.Body, secret + "x", DateTimeOffset.UtcNow).ShouldBeFalse();
        IndependentVerifier.Verify(request.Headers["X-HanoiDvc-Signature"], request.Body, secret, DateTimeOffset.UtcNow.AddMinutes(6)).ShouldBeFalse();
        var payload = JsonDocument.Parse(request.Body).RootElement;
        payload.GetProperty("type").GetString().ShouldBe("dossier.submitted");
        payload.GetProperty("data").GetProperty("dossierId").GetGuid().ShouldBe(dossierId);
        payload.GetProperty("data").GetProperty("status").GetString().ShouldBe("Submitted");
        payload.GetProperty("data").GetProperty("nationalStatus").GetString().ShouldBe("Mới đăng ký");
        var log = await integrator.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{deliveries[0].SubscriptionId}/deliveries");
        log[0].GetProperty("status").GetString().ShouldBe("Delivered");
        log[0].GetProperty("attempts")[0].GetProperty("statusCode").GetInt32().ShouldBe(200);
        LoggingNationalPortalSync.RecentUpdates.ShouldContain(u => u.DossierId == dossierId && u.Status == "Mới đăng ký");
    }

    [Test]
    public async Task AReceiverThatWasDown_GetsTheEventOnTheRetry_AndOnAManualRedelivery()
    {
        var port = WebhookReceiver.FreePort();
        var (integrator, secret) = await SubscribeAsync(Host, $"http://127.0.0.1:{port}/hooks/hanoidvc", "dossier.submitted");
        await IngestAsync(integrator);
        await DeliverAsync();
        var delivery = await WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync());

        await RunJobAsync(delivery.Id); // nobody listens on the port yet
        var failed = await WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().Include(d => d.Attempts).SingleAsync());
        failed.Status.ShouldBe(WebhookDeliveryStatus.Pending);
        failed.Attempts.Single().StatusCode.ShouldBeNull();
        failed.Attempts.Single().Error.ShouldNotBeNullOrEmpty();
        failed.NextAttemptAt!.Value.ShouldBeInRange(DateTimeOffset.UtcNow.AddSeconds(50), DateTimeOffset.UtcNow.AddSeconds(70));

        using var receiver = new WebhookReceiver(port);
        await RunJobAsync(delivery.Id); // not due yet
        receiver.Requests.ShouldBeEmpty();
        Clock.Set(DateTimeOffset.UtcNow.AddMinutes(2));
        await RunJobAsync(delivery.Id);

        receiver.Requests.Count.ShouldBe(1);
        IndependentVerifier.Verify(receiver.Requests.Single().Headers["X-HanoiDvc-Signature"], receiver.Requests.Single().Body, secret, Clock.GetUtcNow()).ShouldBeTrue();
        var delivered = await WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().Include(d => d.Attempts).SingleAsync());
        delivered.Status.ShouldBe(WebhookDeliveryStatus.Delivered);
        delivered.Attempts.Count.ShouldBe(2);

        using var redeliver = await integrator.PostAsync($"/api/v1/webhooks/{delivery.SubscriptionId}/deliveries/{delivery.Id}/redeliver", null);
        redeliver.StatusCode.ShouldBe(HttpStatusCode.Accepted, await redeliver.Content.ReadAsStringAsync());
        await RunJobAsync(delivery.Id);
        receiver.Requests.Count.ShouldBe(2);
        receiver.Requests.Select(r => r.Headers["X-HanoiDvc-Delivery"]).Distinct().ShouldHaveSingleItem();
        receiver.Requests.Select(r => r.Body).Distinct().ShouldHaveSingleItem();
    }

    [Test]
    public async Task RepeatedFailures_DisableTheSubscription()
    {
        await using var host = Host.WithWebHostBuilder(b => b.UseSetting("Integrations:WebhookDisableAfterFailures", "3"));
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort(), HttpStatusCode.InternalServerError);
        var (integrator, _) = await SubscribeAsync(host, receiver.Url, "dossier.submitted");
        await IngestAsync(integrator);
        await DeliverAsync(host);
        var delivery = await WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(), host);

        var at = DateTimeOffset.UtcNow;
        foreach (var wait in new[] { TimeSpan.Zero, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(6) })
        {
            at += wait;
            Clock.Set(at);
            await RunJobAsync(delivery.Id, host);
        }

        receiver.Requests.Count.ShouldBe(3);
        var subscription = (await integrator.GetFromJsonAsync<JsonElement>("/api/v1/webhooks"))[0];
        subscription.GetProperty("disabledAt").ValueKind.ShouldBe(JsonValueKind.String);
        subscription.GetProperty("consecutiveFailures").GetInt32().ShouldBe(3);
        var log = await integrator.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{delivery.SubscriptionId}/deliveries");
        log[0].GetProperty("status").GetString().ShouldBe("Failed");
        log[0].GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()).ShouldAllBe(code => code == 500);
        Clock.Set(at + TimeSpan.FromHours(1));
        await RunJobAsync(delivery.Id, host);
        receiver.Requests.Count.ShouldBe(3);
    }

    [Test]
    public async Task ARotatedSecret_SignsNextToTheNewOneDuringTheOverlap_AndNotAfterARevocation()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort());
        var (integrator, oldSecret) = await SubscribeAsync(Host, receiver.Url, "dossier.submitted");
        var subscriptionId = (await integrator.GetFromJsonAsync<JsonElement>("/api/v1/webhooks"))[0].GetProperty("id").GetGuid();
        var now = DateTimeOffset.UtcNow;
        Clock.Set(now);

        using var rotated = await integrator.PostAsync($"/api/v1/webhooks/{subscriptionId}/rotate-secret", null);
        rotated.StatusCode.ShouldBe(HttpStatusCode.OK, await rotated.Content.ReadAsStringAsync());
        var answer = await rotated.Content.ReadFromJsonAsync<JsonElement>();
        var newSecret = answer.GetProperty("signingSecret").GetString()!;
        newSecret.ShouldNotBe(oldSecret);
        answer.GetProperty("webhook").GetProperty("previousSecretExpiresAt").GetDateTimeOffset().ShouldBe(now.AddHours(24), TimeSpan.FromSeconds(1));
        await IngestAsync(integrator);
        await DeliverAsync();
        await RunJobAsync(await WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().Select(d => d.Id).SingleAsync()));

        var during = receiver.Requests.Single();
        IndependentVerifier.Verify(during.Headers["X-HanoiDvc-Signature"], during.Body, newSecret, now).ShouldBeTrue();
        IndependentVerifier.Verify(during.Headers["X-HanoiDvc-Signature"], during.Body, oldSecret, now).ShouldBeTrue();

        using var revoked = await integrator.PostAsync($"/api/v1/webhooks/{subscriptionId}/rotate-secret?revokeImmediately=true", null);
        var latest = (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("signingSecret").GetString()!;
        using var redeliver = await integrator.PostAsync($"/api/v1/webhooks/{subscriptionId}/deliveries/{(await WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().Select(d => d.Id).SingleAsync()))}/redeliver", null);
        redeliver.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await RunJobAsync(await WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().Select(d => d.Id).SingleAsync()));

        var after = receiver.Requests.ElementAt(1);
        IndependentVerifier.Verify(after.Headers["X-HanoiDvc-Signature"], after.Body, latest, now).ShouldBeTrue();
        IndependentVerifier.Verify(after.Headers["X-HanoiDvc-Signature"], after.Body, newSecret, now).ShouldBeFalse();
        IndependentVerifier.Verify(after.Headers["X-HanoiDvc-Signature"], after.Body, oldSecret, now).ShouldBeFalse();
    }

    [Test]
    public async Task HttpWebhookUrls_AreRefusedUnlessLoopback()
    {
        using var integrator = await Integrators.SignedInAsync(Host, "webhooks:manage");

        using var plain = await integrator.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://hooks.example.vn/x", events = new[] { "dossier.received" } });
        using var unknownEvent = await integrator.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.vn/x", events = new[] { "dossier.lost" } });

        plain.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknownEvent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task WithTheNetworkGuardOn_ANameResolvingToLoopback_IsNeverConnected_AndTheLogSaysOnlyDestinationRefused()
    {
        await using var host = Host.WithWebHostBuilder(b => b
            .UseSetting("Integrations:AllowPrivateNetworkWebhooks", "false")
            .UseSetting("Integrations:WebhookTimeout", "00:00:02"));
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var (integrator, _) = await SubscribeAsync(host, $"http://localhost:{port}/hooks/hanoidvc", "dossier.submitted");
            await IngestAsync(integrator);
            await DeliverAsync(host);
            var delivery = await WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(), host);

            await RunJobAsync(delivery.Id, host);

            listener.Pending().ShouldBeFalse("nothing may connect to a loopback address");
            using var log = await integrator.GetAsync($"/api/v1/webhooks/{delivery.SubscriptionId}/deliveries");
            var text = await log.Content.ReadAsStringAsync();
            var attempt = JsonDocument.Parse(text).RootElement[0].GetProperty("attempts")[0];
            attempt.GetProperty("error").GetString().ShouldBe("destination_refused");
            attempt.GetProperty("statusCode").ValueKind.ShouldBe(JsonValueKind.Null);
            text.ShouldNotContain("127.0.0.1");
            text.ShouldNotContain("::1");
        }
        finally
        {
            listener.Stop();
        }
    }

    [TestCase("https://10.1.2.3/hooks")]
    [TestCase("https://172.20.0.5/hooks")]
    [TestCase("https://192.168.1.10/hooks")]
    [TestCase("https://169.254.169.254/latest/meta-data")]
    [TestCase("https://100.64.0.1/hooks")]
    [TestCase("https://0.0.0.0/hooks")]
    [TestCase("https://[fd00::1]/hooks")]
    [TestCase("https://[fe80::1]/hooks")]
    [TestCase("https://[::ffff:10.0.0.1]/hooks")]
    [TestCase("http://127.0.0.1:8080/hooks")]
    [TestCase("http://[::1]:8080/hooks")]
    public async Task WithTheNetworkGuardOn_ALiteralPrivateAddress_IsRefusedAtSubscription(string url)
    {
        await using var host = Host.WithWebHostBuilder(b => b.UseSetting("Integrations:AllowPrivateNetworkWebhooks", "false"));
        using var integrator = await Integrators.SignedInAsync(host, Integrators.AllScopes);

        using var refused = await integrator.PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "dossier.received" } });
        using var accepted = await integrator.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.vn/x", events = new[] { "dossier.received" } });

        var problem = await refused.Content.ReadAsStringAsync();
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(problem).RootElement.GetProperty("errors").TryGetProperty("url", out _).ShouldBeTrue(problem);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task AClientWithoutDossiersRead_CannotSubscribeToDossierEvents()
    {
        using var integrator = await Integrators.SignedInAsync(Host, "webhooks:manage");

        using var response = await integrator.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.vn/x", events = new[] { "dossier.received" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("events", out _).ShouldBeTrue();
    }

    [Test]
    public async Task AClientThatLostDossiersRead_GetsNoDelivery_WhileOneThatHoldsIt_Does()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort());
        var (former, _) = await SubscribeAsync(Host, receiver.Url, "dossier.submitted");
        using var reader = await Integrators.SignedInAsync(Host, Integrators.AllScopes, "Phần mềm trường học");
        using var subscribed = await reader.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events = new[] { "dossier.submitted" } });
        subscribed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var readerSubscription = (await subscribed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook").GetProperty("id").GetGuid();
        var formerSubscription = (await former.GetFromJsonAsync<JsonElement>("/api/v1/webhooks"))[0].GetProperty("id").GetGuid();
        // An administrator takes dossiers:read away after the subscription was made.
        await WithDbAsync(async db =>
        {
            var clientId = await db.WebhookSubscriptions.Where(s => s.Id == formerSubscription).Select(s => s.ClientId).SingleAsync();
            var client = await db.ApiClients.SingleAsync(c => c.Id == clientId);
            client.Change(["dossiers:write", "webhooks:manage"], client.AgencyIds);
            return await db.SaveChangesAsync();
        });

        await IngestAsync(reader);
        await DeliverAsync();

        var deliveries = await WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().ToListAsync());
        deliveries.Select(d => d.SubscriptionId).ShouldBe([readerSubscription]);
    }

    private static async Task<(HttpClient Integrator, string Secret)> SubscribeAsync(WebApplicationFactory<Program> host, string url, params string[] events)
    {
        var integrator = await Integrators.SignedInAsync(host, Integrators.AllScopes);
        using var response = await integrator.PostAsJsonAsync("/api/v1/webhooks", new { url, events });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (integrator, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("signingSecret").GetString()!);
    }

    private static async Task<Guid> IngestAsync(HttpClient integrator)
    {
        var department = await TestAccounts.AgencyIdAsync(Host.Services, TestAccounts.DepartmentCode);
        using var response = await Integrators.IngestAsync(integrator, await Integrators.IngestionBodyAsync(integrator, department));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<bool> RunJobAsync(Guid deliveryId, WebApplicationFactory<Program>? host = null) =>
        WithServiceAsync<WebhookDeliveryJob, bool>(async job =>
        {
            await job.RunAsync(deliveryId, CancellationToken.None);
            return true;
        }, host);
}
