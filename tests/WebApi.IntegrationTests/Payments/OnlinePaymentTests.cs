using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.AspNetCore.Hosting;

namespace HanoiDvc.WebApi.IntegrationTests.Payments;

public sealed class OnlinePaymentTests : ApiTestFixture
{
    [Test]
    public async Task ALevel4Dossier_Is409AtReceptionUntilPaid_ThenPaysThroughTheSandbox_AndIsReceived()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        var (id, _) = await scenario.SubmittedAsync();

        var refused = await scenario.Desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        var started = await scenario.StartPaymentAsync(id);
        using var browser = PaymentScenario.Browser();
        var redirect = new Uri(started.GetProperty("redirectUrl").GetString()!);
        var page = await browser.GetAsync(new Uri(redirect.PathAndQuery, UriKind.Relative));
        var completed = await browser.GetAsync(new Uri($"/api/v1/payments/sandbox/complete?outcome=Pay&order={Uri.EscapeDataString(redirect.Query.TrimStart('?'))}", UriKind.Relative));
        completed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await completed.Content.ReadAsStringAsync());
        var shown = await PaymentScenario.ShowReturnAsync(browser, completed.Headers.Location!);
        var received = await scenario.Desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.payment_required");
        started.GetProperty("amountVnd").GetInt64().ShouldBe(PaymentScenario.Amount);
        redirect.Query.ShouldContain($"vnp_Amount={PaymentScenario.Amount * 100}");
        redirect.Query.ShouldContain("vnp_Command=pay");
        redirect.Query.ShouldContain("vnp_SecureHash=");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("500,000 VND");
        completed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        completed.Headers.Location!.AbsolutePath.ShouldBe("/thanh-toan/ket-qua", "the SPA's return page, which asks the API");
        shown.GetProperty("signatureValid").GetBoolean().ShouldBeTrue();
        shown.GetProperty("status").GetString().ShouldBe("Paid", "the sandbox sent the IPN before sending the browser back");
        received.StatusCode.ShouldBe(HttpStatusCode.OK, await received.Content.ReadAsStringAsync());
        (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paymentStatus").GetString().ShouldBe("Paid");
        (await PaymentScenario.CountAsync("gateway_messages")).ShouldBe(3, "the request, the IPN and the browser return are all kept raw");
    }

    [Test]
    public async Task CancellingOnTheSandbox_FailsThePayment_AndALateIpnIsLeftToHangfire_WithThePaymentStillPending()
    {
        // Hangfire's tables are not reset between tests (other tests schedule reminders): count the sandbox's own jobs.
        const string SandboxJobs = "hangfire.job WHERE statename = 'Scheduled' AND invocationdata::text LIKE '%SandboxNotificationJob%'";
        var scheduledBefore = await PaymentScenario.CountAsync(SandboxJobs);
        var scenario = await PaymentScenario.ArrangeAsync();
        var (cancelledId, _) = await scenario.SubmittedAsync();
        var (lateId, _) = await scenario.SubmittedAsync();
        using var browser = PaymentScenario.Browser();

        var cancelled = await SandboxAsync(browser, await scenario.StartPaymentAsync(cancelledId), "Cancel");
        var late = await SandboxAsync(browser, await scenario.StartPaymentAsync(lateId), "Pay", ipnDelaySeconds: 30);

        cancelled.GetProperty("gatewaySucceeded").GetBoolean().ShouldBeFalse();
        cancelled.GetProperty("gatewayResponseCode").GetString().ShouldBe("24");
        cancelled.GetProperty("status").GetString().ShouldBe("Failed");
        (await scenario.DossierAsync(cancelledId)).GetProperty("paymentStatus").GetString().ShouldBe("Due", "the payer may try again");
        late.GetProperty("gatewaySucceeded").GetBoolean().ShouldBeTrue();
        late.GetProperty("status").GetString().ShouldBe("Pending", "the IPN has not arrived yet");
        (await PaymentScenario.CountAsync(SandboxJobs)).ShouldBe(scheduledBefore + 1, "one delayed IPN, scheduled in Hangfire");
    }

    private static async Task<JsonElement> SandboxAsync(HttpClient browser, JsonElement started, string outcome, int ipnDelaySeconds = 0)
    {
        var order = new Uri(started.GetProperty("redirectUrl").GetString()!).Query.TrimStart('?');
        using var completed = await browser.GetAsync(new Uri(
            $"/api/v1/payments/sandbox/complete?outcome={outcome}&ipnDelaySeconds={ipnDelaySeconds}&order={Uri.EscapeDataString(order)}", UriKind.Relative));
        completed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await completed.Content.ReadAsStringAsync());
        return await PaymentScenario.ShowReturnAsync(browser, completed.Headers.Location!);
    }

    [Test]
    public async Task ADossierOfAProcedureWithoutOnlinePayment_RefusesOnlinePayment()
    {
        // Whether fees are paid online is the procedure's setting (here off), not its level (Nghị định 42/2022/NĐ-CP, Điều 11).
        var scenario = await PaymentScenario.ArrangeAsync(serviceLevel: 4, onlinePayment: false);
        var (id, _) = await scenario.SubmittedAsync();

        var response = await scenario.Citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/payments", new { });
        var received = await scenario.Desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("payment.not_offered");
        received.StatusCode.ShouldBe(HttpStatusCode.OK, "fees of a procedure without online payment are paid at the desk: no online gate");
        (await PaymentScenario.CountAsync("payments")).ShouldBe(0);
    }

    [Test]
    public async Task ND42_2022_Dieu11_APartialProcedureWithOnlinePayment_IsPaidOnline_ThenReceived()
    {
        // "Một phần" (Nghị định 42/2022/NĐ-CP, Điều 11 khoản 1 điểm b) does not forbid paying the fee online.
        var scenario = await PaymentScenario.ArrangeAsync(serviceLevel: 3, onlinePayment: true);
        var (id, _) = await scenario.SubmittedAsync();
        var blocked = await scenario.Desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        (await blocked.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.payment_required");

        var paid = await PaymentScenario.PayThroughSandboxAsync(scenario.Citizen, id);
        paid.GetProperty("status").GetString().ShouldBe("Paid");
        var received = await scenario.Desk.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        received.StatusCode.ShouldBe(HttpStatusCode.OK, await received.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task AnIpnWithATamperedSignature_Is97_AndChangesNothing()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        var (id, _) = await scenario.SubmittedAsync();
        var orderRef = (await scenario.StartPaymentAsync(id)).GetProperty("orderRef").GetString()!;
        var signed = PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount);

        var tampered = await PaymentScenario.IpnAsync(signed.Replace("vnp_BankCode=NCB", "vnp_BankCode=VCB", StringComparison.Ordinal));
        var otherKey = await PaymentScenario.IpnAsync(PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount, secret: "not-the-merchant-secret"));

        tampered.ShouldBe("97");
        otherKey.ShouldBe("97");
        (await scenario.PaymentsAsync(id))[0].GetProperty("status").GetString().ShouldBe("Pending");
        (await PaymentScenario.CountAsync("gateway_messages WHERE kind = 'Notification'")).ShouldBe(2, "even a forged message is kept for reconciliation");
    }

    [Test]
    public async Task AnIpnWithTheWrongAmount_Is04_AndAnUnknownOrder_Is01()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        var (id, _) = await scenario.SubmittedAsync();
        var orderRef = (await scenario.StartPaymentAsync(id)).GetProperty("orderRef").GetString()!;

        var wrongAmount = await PaymentScenario.IpnAsync(PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount - 1));
        var unknown = await PaymentScenario.IpnAsync(PaymentScenario.SignedResult("00000000000000000000000000000000", PaymentScenario.Amount));

        wrongAmount.ShouldBe("04");
        unknown.ShouldBe("01");
        (await scenario.PaymentsAsync(id))[0].GetProperty("status").GetString().ShouldBe("Pending");
        (await scenario.DossierAsync(id)).GetProperty("paymentStatus").GetString().ShouldBe("Due");
    }

    [Test]
    public async Task AReplayedIpn_Is02_AndChangesNothing()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        var (id, _) = await scenario.SubmittedAsync();
        var orderRef = (await scenario.StartPaymentAsync(id)).GetProperty("orderRef").GetString()!;
        var ipn = PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount);

        var first = await PaymentScenario.IpnAsync(ipn);
        var afterFirst = (await scenario.PaymentsAsync(id))[0];
        var replay = await PaymentScenario.IpnAsync(ipn);
        var failedAfterwards = await PaymentScenario.IpnAsync(PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount, responseCode: "24"));
        var afterReplay = (await scenario.PaymentsAsync(id))[0];

        first.ShouldBe("00");
        replay.ShouldBe("02");
        failedAfterwards.ShouldBe("02");
        afterReplay.GetProperty("status").GetString().ShouldBe("Paid");
        afterReplay.GetProperty("completedAt").GetDateTimeOffset().ShouldBe(afterFirst.GetProperty("completedAt").GetDateTimeOffset());
        (await PaymentScenario.CountAsync("payments WHERE status = 'Paid'")).ShouldBe(1);
    }

    [Test]
    public async Task TheBrowserReturnBeforeTheIpn_ShowsPending_AndMovesNoMoney_AfterTheIpnItShowsPaid()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        var (id, _) = await scenario.SubmittedAsync();
        var orderRef = (await scenario.StartPaymentAsync(id)).GetProperty("orderRef").GetString()!;
        var result = PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount);
        using var browser = PaymentScenario.Browser();

        var before = await browser.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/payments/vnpay/return?{result}", UriKind.Relative));
        var dossierBefore = await scenario.DossierAsync(id);
        var ipn = await PaymentScenario.IpnAsync(result);
        var after = await browser.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/payments/vnpay/return?{result}", UriKind.Relative));

        before.GetProperty("gatewaySucceeded").GetBoolean().ShouldBeTrue();
        before.GetProperty("status").GetString().ShouldBe("Pending", "only the IPN confirms a payment");
        dossierBefore.GetProperty("paymentStatus").GetString().ShouldBe("Due");
        ipn.ShouldBe("00");
        after.GetProperty("status").GetString().ShouldBe("Paid");
        (await scenario.DossierAsync(id)).GetProperty("paymentStatus").GetString().ShouldBe("Paid");
    }

    [Test]
    public async Task AfterWithdrawal_NoPaymentStarts_AndALateIpnOfAnEarlierPayment_IsConfirmedAndRefunded()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        var (id, _) = await scenario.SubmittedAsync();
        var orderRef = (await scenario.StartPaymentAsync(id)).GetProperty("orderRef").GetString()!;
        await DossierScenario.SendAsync(scenario.Citizen, HttpMethod.Post, $"/api/v1/dossiers/{id}/withdraw", new { reason = (string?)null });

        var again = await scenario.Citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/payments", new { });
        var lateIpn = await PaymentScenario.IpnAsync(PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount));

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("payment.not_due");
        lateIpn.ShouldBe("00", "the money was taken: the IPN is acknowledged");
        var payment = (await scenario.PaymentsAsync(id))[0];
        payment.GetProperty("status").GetString().ShouldBe("Refunded");
        payment.GetProperty("refundReason").GetString()!.ShouldContain("Withdrawn");
        (await scenario.DossierAsync(id)).GetProperty("paymentStatus").GetString().ShouldBe("NotDue");
    }

    [Test]
    public async Task APaidDossierRejectedAtReception_RecordsTheRefundOnItsPayment()
    {
        var scenario = await PaymentScenario.ArrangeAsync(paymentDue: "BeforeResult");
        var (id, _) = await scenario.SubmittedAsync();
        var orderRef = (await scenario.StartPaymentAsync(id)).GetProperty("orderRef").GetString()!;
        (await PaymentScenario.IpnAsync(PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount))).ShouldBe("00");

        await DossierScenario.SendAsync(scenario.Desk, HttpMethod.Post, $"/api/v1/dossiers/{id}/reject", new { reasons = "Không thuộc thẩm quyền" });

        var payment = (await scenario.PaymentsAsync(id))[0];
        payment.GetProperty("status").GetString().ShouldBe("Refunded");
        payment.GetProperty("refundReason").GetString()!.ShouldContain("Không thuộc thẩm quyền");
        (await scenario.DossierAsync(id)).GetProperty("paymentStatus").GetString().ShouldBe("Refunded");
    }

    [Test]
    public async Task TheReceipt_IsAVietnamesePdf_WithTheTrackingNumberAndTheAmount_OnlyOncePaid()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        var (id, trackingNumber) = await scenario.SubmittedAsync();
        var started = await scenario.StartPaymentAsync(id);
        var paymentId = started.GetProperty("paymentId").GetGuid();
        var path = $"/api/v1/dossiers/{id}/payments/{paymentId}/receipt";

        var beforePaid = await scenario.Citizen.GetAsync(new Uri(path, UriKind.Relative));
        (await PaymentScenario.IpnAsync(PaymentScenario.SignedResult(started.GetProperty("orderRef").GetString()!, PaymentScenario.Amount))).ShouldBe("00");
        var response = await scenario.Citizen.GetAsync(new Uri(path, UriKind.Relative));

        beforePaid.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain("BIÊN LAI");
        text.ShouldContain(trackingNumber);
        text.ShouldContain("500.000 đồng");
        text.ShouldContain("14226112");
    }

    [Test]
    public async Task TheReconciliation_CountsWhatWasPaidPendingAndFailed_ForTheAgencysLeader_AndNotForACitizen()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        for (var i = 0; i < 4; i++)
        {
            var (id, _) = await scenario.SubmittedAsync();
            var orderRef = (await scenario.StartPaymentAsync(id)).GetProperty("orderRef").GetString()!;
            if (i < 2)
            {
                (await PaymentScenario.IpnAsync(PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount))).ShouldBe("00");
            }
            else if (i == 2)
            {
                (await PaymentScenario.IpnAsync(PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount, responseCode: "24"))).ShouldBe("00");
            }
        }

        var (leader, _) = await ApiHost.Factory.CreateSignedInClientAsync("leader", scenario.Department, Roles.Leader);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, HanoiDvc.Domain.Calendar.VietnamTimeZone.Instance).DateTime);
        var query = $"/api/v1/finance/reconciliation?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
        var rows = await leader.GetFromJsonAsync<JsonElement>(new Uri(query, UriKind.Relative));
        var citizen = await scenario.Citizen.GetAsync(new Uri(query, UriKind.Relative));
        var otherAgency = await leader.GetAsync(new Uri($"{query}&agencyId={Guid.CreateVersion7()}", UriKind.Relative));

        var row = rows.EnumerateArray().Single();
        row.GetProperty("agencyId").GetGuid().ShouldBe(scenario.Department);
        row.GetProperty("paidCount").GetInt32().ShouldBe(2);
        row.GetProperty("paidVnd").GetInt64().ShouldBe(2 * PaymentScenario.Amount);
        row.GetProperty("pendingCount").GetInt32().ShouldBe(1);
        row.GetProperty("failedCount").GetInt32().ShouldBe(1);
        row.GetProperty("refundedCount").GetInt32().ShouldBe(0);
        citizen.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        otherAgency.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public void AProductionHost_WithTheSandboxEnabled_RefusesToStart()
    {
        using var production = ApiHost.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Payments:Sandbox:Enabled", "true");
        });

        var failure = Should.Throw<Exception>(() => production.CreateClient());

        failure.ToString().ShouldContain("Payments:Sandbox:Enabled must be false in Production");
    }
}
