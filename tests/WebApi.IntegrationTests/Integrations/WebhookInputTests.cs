using System.Net;
using System.Net.Http.Json;

namespace HanoiDvc.WebApi.IntegrationTests.Integrations;

/// <summary>A subscription with its fields missing is a 400 naming them (found by the fuzz test, seed 3Kyn6PlshY41).</summary>
public sealed class WebhookInputTests : ApiTestFixture
{
    [Test]
    public async Task ASubscriptionWithoutUrlOrEvents_Is400_NamingBoth()
    {
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes, "Phần mềm trường");

        using var response = await integrator.PostAsJsonAsync("/api/v1/webhooks/", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = (await response.ReadProblemAsync()).GetProperty("errors");
        errors.TryGetProperty("url", out _).ShouldBeTrue();
        errors.TryGetProperty("events", out _).ShouldBeTrue();
    }
}
