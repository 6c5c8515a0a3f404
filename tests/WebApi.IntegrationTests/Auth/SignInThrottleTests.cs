using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HanoiDvc.WebApi.IntegrationTests.Auth;

/// <summary>
/// Failed sign-ins are throttled per client IP and user name, never by locking the account, and say nothing about
/// whether the account exists: the same bytes and about the same time for an unknown user and a wrong password.
/// </summary>
public sealed partial class SignInThrottleTests : ApiTestFixture
{
    private const string Attacker = "203.0.113.66";
    private const string Owner = "198.51.100.7";
    private const string Token = "/api/v1/auth/token";

    [Test]
    public async Task WrongPasswordsFromOneAddress_ThrottleThatAddressForThatName_WhileTheOwnerSignsInFromAnother()
    {
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.leader", null, [Roles.Leader]);
        await using var host = Throttled(failureLimit: 3);
        using var client = host.CreateHttpsClient();

        var failures = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            failures.Add((await client.PostFromAsync(Token, Attacker, new { userName = "sgd.leader", password = "Wrong-Password-1" })).StatusCode);
        }

        var attackerWithTheRightPassword = await client.PostFromAsync(Token, Attacker, new { userName = "sgd.leader", password = TestAccounts.Password });
        var owner = await client.PostFromAsync(Token, Owner, new { userName = "sgd.leader", password = TestAccounts.Password });
        var attackerOnAnotherName = await client.PostFromAsync(Token, Attacker, new { userName = "sgd.other", password = "Wrong-Password-1" });

        failures.ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        attackerWithTheRightPassword.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        attackerWithTheRightPassword.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 900);
        (await attackerWithTheRightPassword.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("rate_limit.sign_in_locked");
        owner.StatusCode.ShouldBe(HttpStatusCode.OK, "the owner signs in from another address: the account is not locked");
        attackerOnAnotherName.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the throttle is per address and name");
    }

    [Test]
    public async Task AThrottledUnknownName_AndAThrottledExistingName_GetTheSame429()
    {
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.leader", null, [Roles.Leader]);
        await using var host = Throttled(failureLimit: 2);
        using var client = host.CreateHttpsClient();
        foreach (var name in new[] { "sgd.leader", "no.such.user" })
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                await client.PostFromAsync(Token, Attacker, new { userName = name, password = "Wrong-Password-1" });
            }
        }

        var existing = await client.PostFromAsync(Token, Attacker, new { userName = "sgd.leader", password = "Wrong-Password-1" });
        var unknown = await client.PostFromAsync(Token, Attacker, new { userName = "no.such.user", password = "Wrong-Password-1" });

        existing.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        unknown.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        WithoutTraceId(await existing.Content.ReadAsStringAsync()).ShouldBe(WithoutTraceId(await unknown.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task UnknownUser_TakesAboutAsLongAsAWrongPassword_BecauseThePasswordIsHashedEitherWay()
    {
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, "sgd.specialist", null, [Roles.Specialist]);
        await Client.SignInAsync("sgd.specialist", "Wrong-Password-1"); // warm-up of both paths
        await Client.SignInAsync("no.such.user", "Wrong-Password-1");

        var existing = new List<double>();
        var unknown = new List<double>();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            existing.Add(await TimeAsync("sgd.specialist"));
            unknown.Add(await TimeAsync($"no.such.user.{attempt}"));
        }

        var ratio = Median(unknown) / Median(existing);
        TestContext.Out.WriteLine($"median unknown {Median(unknown):F1} ms, wrong password {Median(existing):F1} ms");
        ratio.ShouldBeInRange(0.5, 2.0, "an unknown user must cost the same hashing as a wrong password");
    }

    private static WebApplicationFactory<Program> Throttled(int failureLimit) =>
        ApiHost.Factory.WithWebHostBuilder(b => b.UsePeerFromHeader()
            .UseSetting("RateLimiting:Login:FailureLimit", failureLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("RateLimiting:Login:FailureWindowSeconds", "900")
            .UseSetting("RateLimiting:Login:LockoutSeconds", "900"));

    private async Task<double> TimeAsync(string userName)
    {
        var watch = Stopwatch.StartNew();
        using var response = await Client.SignInAsync(userName, "Wrong-Password-1");
        watch.Stop();
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>A problem body with its traceId emptied, the one part that differs between two answers.</summary>
    internal static string WithoutTraceId(string body) => TraceId().Replace(body, "\"traceId\":\"\"");

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
