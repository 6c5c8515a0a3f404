using System.Net;

namespace HanoiDvc.WebApi.IntegrationTests.ErrorHandling;

public sealed class NotFoundProblemTests : ApiTestFixture
{
    [TestCase("/api/v1/no-such-resource")]
    [TestCase("/api/v2/overview")]
    public async Task UnknownApiRoute_Returns404ProblemDetails_NeverTheSpaPage(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.GetProperty("instance").GetString().ShouldBe(path);
        problem.GetProperty("traceId").GetString().ShouldBe(response.Headers.GetValues("X-Correlation-Id").Single());
    }
}
