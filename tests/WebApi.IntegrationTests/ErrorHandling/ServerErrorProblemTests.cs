using System.Net;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.ErrorHandling;

public sealed class ServerErrorProblemTests
{
    [Test]
    public async Task DatabaseFailure_Returns500ProblemDetails_WithoutExceptionDetails()
    {
        // A database that does not exist fails at once (not a transient error), like a misconfigured deployment.
        var missing = new TestDatabase("hanoidvc_database_that_does_not_exist");
        await using var factory = new HanoiDvcFactory(missing.ConnectionString);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/overview", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(500);
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.TryGetProperty("detail", out _).ShouldBeFalse();
        body.ShouldNotContain("Npgsql");
        body.ShouldNotContain("   at ");
        body.ShouldNotContain("hanoidvc_database_that_does_not_exist");
        // The exception handler clears the answer's headers; the security headers are written after it.
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }
}
