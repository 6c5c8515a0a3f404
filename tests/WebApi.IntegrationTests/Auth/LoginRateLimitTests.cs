using System.Net;
using System.Net.Http.Json;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace HanoiDvc.WebApi.IntegrationTests.Auth;

public sealed class LoginRateLimitTests : ApiTestFixture
{
    [Test]
    public async Task SignInBeyondThePermitLimit_Is429ProblemDetails_WithRetryAfter()
    {
        await using var limited = ApiHost.Factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:Login:PermitLimit", "3")
            .UseSetting("RateLimiting:Login:WindowSeconds", "600"));
        using var client = limited.CreateHttpsClient();

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            answers.Add((await client.SignInAsync("nobody", "Wrong-Password-1")).StatusCode);
        }

        var rejected = await client.SignInAsync("nobody", "Wrong-Password-1");
        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = JsonContent.Create(new { userName = "nobody", password = "x" }) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var rejectedInEnglish = await client.SendAsync(english);

        answers.ShouldAllBe(status => status == HttpStatusCode.Unauthorized);
        rejected.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        rejected.Headers.RetryAfter.ShouldNotBeNull();
        var problem = await rejected.ReadProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("title").GetString().ShouldBe("Quá nhiều yêu cầu, vui lòng thử lại sau.");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        (await rejectedInEnglish.ReadProblemAsync()).GetProperty("title").GetString().ShouldBe("Too many requests; try again later.");
    }

    [Test]
    public async Task TheLimit_AppliesToSignIn_NotToOtherEndpoints()
    {
        await using var limited = ApiHost.Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:Login:PermitLimit", "1"));
        using var client = limited.CreateHttpsClient();

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync(new Uri("/api/v1/agencies", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task PasswordResetRequestsAndConfirmations_ShareTheSignInLimit_Then429()
    {
        await using var limited = ApiHost.Factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:Login:PermitLimit", "2")
            .UseSetting("RateLimiting:Login:WindowSeconds", "600"));
        using var client = limited.CreateHttpsClient();

        using var first = await client.PostAsJsonAsync("/api/v1/auth/password-reset", new { account = "001099099999" });
        using var second = await client.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { token = "not-a-token", newPassword = "Hoa-Sen-Trang-2027" });
        using var third = await client.PostAsJsonAsync("/api/v1/auth/password-reset", new { account = "001099099999" });

        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        third.Headers.RetryAfter.ShouldNotBeNull();
    }
}
