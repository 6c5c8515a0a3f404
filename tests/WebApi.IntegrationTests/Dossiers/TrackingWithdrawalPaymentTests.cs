using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Infrastructure.Payments;
using HanoiDvc.WebApi.IntegrationTests.Payments;
using HanoiDvc.WebApi.IntegrationTests.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>What the applicant meets after submitting: withdrawal terms and their enforcement, expired payment links, the public lookup.</summary>
public sealed class TrackingWithdrawalPaymentTests : ApiTestFixture
{
    [Test]
    public async Task WithdrawingAfterReception_WithoutAReason_Is422NamingTheReason_WithOne_ClosesIt_AndRecordsThePaidFeeRefunded_ND61_2018_Dieu18()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        var (id, _) = await scenario.SubmittedAsync();
        var before = await scenario.DossierAsync(id);
        await PaymentScenario.PayThroughSandboxAsync(scenario.Citizen, id);
        await DossierScenario.SendAsync(scenario.Desk, HttpMethod.Post, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        var received = await scenario.DossierAsync(id);

        using var reasonless = await scenario.Citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/withdraw", new { reason = "  " });
        var problem = await reasonless.ReadProblemAsync();
        var withdrawn = await DossierScenario.SendAsync(scenario.Citizen, HttpMethod.Post, $"/api/v1/dossiers/{id}/withdraw", new { reason = "Đã được cấp ở nơi khác" });
        using var again = await scenario.Citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/withdraw", new { reason = "Lần nữa" });

        before.GetProperty("withdrawal").GetProperty("reasonRequired").GetBoolean().ShouldBeFalse("before reception no reason is asked");
        before.GetProperty("withdrawal").GetProperty("refundVnd").GetInt64().ShouldBe(0);
        received.GetProperty("withdrawal").GetProperty("reasonRequired").GetBoolean().ShouldBeTrue();
        received.GetProperty("withdrawal").GetProperty("refundVnd").GetInt64().ShouldBe(PaymentScenario.Amount);
        reasonless.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reasonless.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("code").GetString().ShouldBe("dossier.reason_required");
        problem.GetProperty("errors").GetProperty("reason").GetArrayLength().ShouldBe(1);
        withdrawn.GetProperty("status").GetString().ShouldBe("Withdrawn");
        withdrawn.GetProperty("paymentStatus").GetString().ShouldBe("Refunded");
        withdrawn.GetProperty("withdrawal").ValueKind.ShouldBe(JsonValueKind.Null, "a withdrawn dossier offers no withdrawal");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.invalid_transition");
        (await scenario.PaymentsAsync(id))[0].GetProperty("status").GetString().ShouldBe("Refunded");
    }

    [Test]
    public async Task APaymentLeftAtTheGateway_ReadsExpiredOnceItsLinkExpires_TheJobRecordsIt_AndALateIpnStillPaysIt()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        var (id, _) = await scenario.SubmittedAsync();
        var orderRef = (await scenario.StartPaymentAsync(id)).GetProperty("orderRef").GetString()!;
        var fresh = (await scenario.PaymentsAsync(id))[0].GetProperty("status").GetString();
        await ExecuteAsync($"UPDATE payments SET expires_at = now() - interval '1 minute' WHERE order_ref = '{orderRef}'");

        var onRead = (await scenario.PaymentsAsync(id))[0].GetProperty("status").GetString();
        var storedBeforeJob = await PaymentScenario.CountAsync($"payments WHERE order_ref = '{orderRef}' AND status = 'Pending'");
        int expired;
        await using (var scope = ApiHost.Factory.Services.CreateAsyncScope())
        {
            expired = await scope.ServiceProvider.GetRequiredService<PaymentExpiryJob>().RunAsync(CancellationToken.None);
        }

        var storedAfterJob = await PaymentScenario.CountAsync($"payments WHERE order_ref = '{orderRef}' AND status = 'Expired'");
        var stillDue = (await scenario.DossierAsync(id)).GetProperty("paymentStatus").GetString();
        var ipn = await PaymentScenario.IpnAsync(PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount));

        fresh.ShouldBe("Pending");
        onRead.ShouldBe("Expired", "read as expired before the job runs");
        storedBeforeJob.ShouldBe(1);
        expired.ShouldBe(1);
        storedAfterJob.ShouldBe(1);
        stillDue.ShouldBe("Due", "the fee is still owed: the applicant may pay again");
        ipn.ShouldBe("00");
        (await scenario.PaymentsAsync(id))[0].GetProperty("status").GetString().ShouldBe("Paid", "the gateway's late word is authoritative");
        (await scenario.DossierAsync(id)).GetProperty("paymentStatus").GetString().ShouldBe("Paid");
    }

    [Test]
    public async Task TheLookup_ShowsTheProcedureTheAgencyTheAppointmentAndAPublicHistory_WithoutNamesOrNotes()
    {
        var data = await StatisticsData.LoadAsync(Client);
        var dossier = await data.AddAsync(false, Channel.InPerson, StatisticsData.At(new DateOnly(2025, 3, 12), 9, 0));

        var found = await LookupAsync(dossier.Code!.Value);
        var text = found.GetRawText();

        found.GetProperty("procedureName").GetString().ShouldNotBeNullOrWhiteSpace();
        found.GetProperty("receivingAgencyName").GetString().ShouldNotBeNullOrWhiteSpace();
        found.GetProperty("appointmentAt").GetDateTimeOffset().ShouldBe(dossier.AppointmentAt!.Value);
        var history = found.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList();
        history.ShouldBe(["Submit", "Receive"]);
        text.ShouldNotContain("Cán bộ một cửa", Case.Insensitive, "no official's name");
        text.ShouldNotContain("actorName", Case.Insensitive);
        text.ShouldNotContain("comment", Case.Insensitive);
    }

    [Test]
    public async Task ADossierReceivedAfterHours_AndReturnedThatEvening_ShowsAReceptionDateNotAfterItsReturnDate()
    {
        // Friday 14 March 2025, 17:30: after the afternoon session, so the legal clock starts Monday 08:00; the lookup used to
        // show that instant as "received", after the result returned at 18:40 the same Friday.
        var data = await StatisticsData.LoadAsync(Client);
        var receivedAt = StatisticsData.At(new DateOnly(2025, 3, 14), 17, 30);
        var dossier = await data.AddAsync(false, Channel.InPerson, receivedAt, s => s.Approve(receivedAt.AddMinutes(10)).Return());

        var found = await LookupAsync(dossier.Code!.Value);

        dossier.ReceivedAt!.Value.ShouldBeGreaterThan(dossier.ReturnedAt!.Value, "the clock starts after the return: the cause");
        found.GetProperty("receivedAt").GetDateTimeOffset().ShouldBe(receivedAt);
        found.GetProperty("receivedAt").GetDateTimeOffset().ShouldBeLessThanOrEqualTo(found.GetProperty("returnedAt").GetDateTimeOffset());
    }

    private async Task<JsonElement> LookupAsync(string code) =>
        await Client.GetFromJsonAsync<JsonElement>(new Uri(
            $"/api/v1/dossier-lookup?code={Uri.EscapeDataString(code)}&citizenId={DossierScenario.CitizenId}", UriKind.Relative));

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ApiHost.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }
}
