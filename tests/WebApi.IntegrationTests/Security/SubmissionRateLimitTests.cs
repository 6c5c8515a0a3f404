using System.Net;
using System.Net.Http.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

public sealed class SubmissionRateLimitTests : ApiTestFixture
{
    [Test]
    public async Task SubmissionsBeyondThePermitLimit_Are429ProblemDetails_ForThatUserOnly()
    {
        await using var limited = ApiHost.Factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:Submission:PermitLimit", "2")
            .UseSetting("RateLimiting:Submission:WindowSeconds", "600"));
        var (first, _) = await limited.CreateSignedInClientAsync("submitter.one", null, Roles.Citizen);
        var (second, _) = await limited.CreateSignedInClientAsync("submitter.two", null, Roles.Citizen);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            answers.Add((await SubmitAsync(first)).StatusCode);
        }

        var refused = await SubmitAsync(first);
        var other = await SubmitAsync(second);
        var notASubmission = await first.GetAsync(new Uri("/api/v1/dossiers/mine", UriKind.Relative));

        answers.ShouldAllBe(status => status == HttpStatusCode.NotFound);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await refused.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("rate_limit.exceeded");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notASubmission.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client) =>
        client.PostAsJsonAsync(new Uri($"/api/v1/dossiers/{Guid.CreateVersion7()}/submit", UriKind.Relative), new { formData = new Dictionary<string, string>() });
}
