using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Integrations;

namespace HanoiDvc.WebApi.IntegrationTests.Payments;

/// <summary>
/// A paid dossier that an integrator closes without a result settles its payment exactly as when an official closes it
/// (<see cref="OnlinePaymentTests.APaidDossierRejectedAtReception_RecordsTheRefundOnItsPayment"/>): the payment is recorded as
/// refunded, with the closing action and its reason, in the same save as the closing.
/// </summary>
public sealed class IntegratorClosingPaymentTests : ApiTestFixture
{
    [TestCase("NotReceived", "RejectAtReception")]
    [TestCase("Refused", "Refuse")]
    public async Task APaidDossierAnIntegratorCloses_RecordsTheRefundOnItsPayment_AsAnOfficialsClosingDoes(string report, string action)
    {
        var scenario = await PaymentScenario.ArrangeAsync(paymentDue: "BeforeResult");
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes);
        var body = await Integrators.IngestionBodyAsync(integrator, scenario.Department, PaymentScenario.CitizenId, procedureAndForm: (scenario.Procedure, PaymentScenario.Form));
        using var ingested = await Integrators.IngestAsync(integrator, body);
        ingested.StatusCode.ShouldBe(HttpStatusCode.Created, await ingested.Content.ReadAsStringAsync());
        var id = (await ingested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var orderRef = (await scenario.StartPaymentAsync(id)).GetProperty("orderRef").GetString()!;
        (await PaymentScenario.IpnAsync(PaymentScenario.SignedResult(orderRef, PaymentScenario.Amount))).ShouldBe("00");

        using var closed = await integrator.PostAsJsonAsync($"/api/v1/integrations/dossiers/{id}/status", new { status = report, reasons = "Không thuộc thẩm quyền" });

        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var payment = (await scenario.PaymentsAsync(id))[0];
        payment.GetProperty("status").GetString().ShouldBe("Refunded", "the payment is settled as when an official closes the dossier");
        payment.GetProperty("refundReason").GetString().ShouldBe($"{action}: Không thuộc thẩm quyền");
        (await scenario.DossierAsync(id)).GetProperty("paymentStatus").GetString().ShouldBe("Refunded");
        (await PaymentScenario.CountAsync("outbox_messages WHERE type = 'RefundRecorded'")).ShouldBe(1, "the applicant is told of the refund once");
    }
}
