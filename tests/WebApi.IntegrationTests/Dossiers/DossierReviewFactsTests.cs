using System.Net.Http.Json;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Payments;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>What the applicant's review and confirmation pages read from one dossier: the agencies by name and the fee.</summary>
public sealed class DossierReviewFactsTests : ApiTestFixture
{
    // Thông tư 164/2016/TT-BTC: 250 000 đồng per diploma. A draft shows what its form values would charge; the amount is
    // fixed at submission (decision 0013).
    [Test]
    public async Task ADraft_ShowsTheFeeItsFormWouldCharge_AndItsAgenciesByName_ThenTheFeeFixedAtSubmission()
    {
        var scenario = await PaymentScenario.ArrangeAsync();
        var draft = await FormFillers.StartDraftAsync(scenario.Citizen, scenario.Procedure, scenario.Department, PaymentScenario.Form);
        var id = draft.GetProperty("id").GetGuid();

        var read = await scenario.DossierAsync(id);
        await DossierScenario.SendAsync(scenario.Citizen, HttpMethod.Post, $"/api/v1/dossiers/{id}/submit",
            new { formData = new Dictionary<string, string?> { ["fullName"] = "Nguyễn Văn Đức", ["diplomas"] = "1" } });
        var submitted = await scenario.DossierAsync(id);

        read.GetProperty("feesVnd").GetInt64().ShouldBe(PaymentScenario.Amount);
        read.GetProperty("amountDueVnd").GetInt64().ShouldBe(0, "not fixed before submission");
        read.GetProperty("feesDue").GetString().ShouldBe("BeforeReception");
        read.GetProperty("feesPayableOnline").GetBoolean().ShouldBeTrue();
        read.GetProperty("receivingAgencyName").GetString().ShouldBe("Sở Giáo dục và Đào tạo Hà Nội");
        read.GetProperty("decidingAgencyNameEn").GetString().ShouldBe("Hanoi Department of Education and Training");
        submitted.GetProperty("feesVnd").GetInt64().ShouldBe(LawfulFees.VerificationPerDiploma);
        submitted.GetProperty("amountDueVnd").GetInt64().ShouldBe(LawfulFees.VerificationPerDiploma);
    }

    [Test]
    public async Task AProcedureWithoutFees_HasNoFeeDue()
    {
        using var anonymous = ApiHost.Factory.CreateHttpsClient();
        var scenario = await DossierScenario.ArrangeAsync(anonymous);
        var id = await scenario.StartAsync();

        var read = await scenario.Citizen.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));

        read.GetProperty("feesVnd").GetInt64().ShouldBe(0);
        read.GetProperty("feesDue").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        read.GetProperty("feesPayableOnline").GetBoolean().ShouldBeFalse();
    }
}
