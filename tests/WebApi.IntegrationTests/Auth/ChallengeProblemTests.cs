using System.Net;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Auth;

/// <summary>401 and 403 written by the authentication and authorization middleware (not by an exception) are problem details too.</summary>
public sealed class ChallengeProblemTests : ApiTestFixture
{
    [TestCase("/api/v1/me")]
    [TestCase("/api/v1/admin/officials")]
    public async Task Anonymous_Gets401ProblemDetails_WithABearerChallenge(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ShouldContain(h => h.Scheme == "Bearer");
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(401);
        problem.GetProperty("title").GetString().ShouldBe("Bạn cần đăng nhập để thực hiện thao tác này.");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Test]
    public async Task ForgedToken_Gets401ProblemDetails()
    {
        Client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

        var response = await Client.GetAsync(new Uri("/api/v1/me", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadProblemAsync()).GetProperty("status").GetInt32().ShouldBe(401);
    }

    [Test]
    public async Task SignedInWithoutTheRole_Gets403ProblemDetails()
    {
        var (client, _) = await ApiHost.Factory.CreateSignedInClientAsync("sgd.specialist", null, Roles.Specialist);
        using (client)
        {
            var response = await client.GetAsync(new Uri("/api/v1/admin/officials", UriKind.Relative));

            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            var problem = await response.ReadProblemAsync();
            problem.GetProperty("status").GetInt32().ShouldBe(403);
            problem.GetProperty("title").GetString().ShouldBe("Bạn không có quyền thực hiện thao tác này.");
        }
    }
}
