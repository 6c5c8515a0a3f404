using System.Net;

namespace HanoiDvc.WebApi.IntegrationTests.Hosting;

public sealed class SpaHostingTests : ApiTestFixture
{
    [TestCase("/favicon.ico")]
    [TestCase("/chunk-OLDBUILD.js")]
    public async Task AMissingFile_IsA404ForAnyone_NotASignInRequest(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe(404);
    }
}
