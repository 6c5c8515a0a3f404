using System.Net;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>A page number whose offset overflows (page − 1) × size is a 400 on every list, public or not, never a 500.</summary>
public sealed class PagingOverflowTests : ApiTestFixture
{
    [TestCase("/api/v1/procedures?page=2147483647&pageSize=100")]
    [TestCase("/api/v1/procedures?page=21474837&pageSize=100")]
    [TestCase("/api/v1/agencies?page=1000001&pageSize=1")]
    public async Task AnOverflowingPage_Is400_WithThePageField(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.ReadProblemAsync()).GetProperty("errors").TryGetProperty("page", out _).ShouldBeTrue();
    }

    [Test]
    public async Task AnIntegratorsOverflowingPage_Is400()
    {
        using var integrator = await Integrations.Integrators.SignedInAsync(ApiHost.Factory, "dossiers:read", "Phần mềm trường");

        using var response = await integrator.GetAsync(new Uri("/api/v1/integrations/dossiers?page=2147483647&pageSize=100", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
    }
}
