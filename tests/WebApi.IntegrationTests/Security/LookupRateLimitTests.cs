using System.Net;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>The public dossier lookup: a window of lookups per client address, and a lock on a citizen ID after repeated failures from one address.</summary>
public sealed class LookupRateLimitTests : ApiTestFixture
{
    private const string AddressA = "203.0.113.10";
    private const string AddressB = "203.0.113.11";

    [Test]
    public async Task LookupsBeyondThePermitLimitFromOneAddress_Are429ProblemDetails_WithRetryAfter_WhileAnotherAddressIsServed()
    {
        await using var limited = ApiHost.Factory.WithWebHostBuilder(b => b.UsePeerFromHeader()
            .UseSetting("RateLimiting:Lookup:PermitLimit", "2")
            .UseSetting("RateLimiting:Lookup:WindowSeconds", "600"));
        using var client = limited.CreateHttpsClient();
        var path = Lookup("HN26A00042", DossierScenario.CitizenId);

        var first = await client.GetFromAsync(path, AddressA);
        var second = await client.GetFromAsync(path, AddressA);
        var third = await client.GetFromAsync(path, AddressA);
        var fromB = await client.GetFromAsync(path, AddressB);

        first.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        second.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        third.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 600);
        var problem = await third.ReadProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("code").GetString().ShouldBe("rate_limit.exceeded");
        fromB.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AfterRepeatedFailuresForACitizenId_TheRightCodeIsRefusedFromThatAddress_UntilTheLockEnds_WhileOthersAreServed()
    {
        var clock = new SettableTimeProvider();
        await using var limited = ApiHost.Factory.WithWebHostBuilder(b => b.UsePeerFromHeader()
            .UseSetting("RateLimiting:Lookup:FailureLimit", "3")
            .UseSetting("RateLimiting:Lookup:FailureWindowSeconds", "300")
            .UseSetting("RateLimiting:Lookup:LockoutSeconds", "600")
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        using var client = limited.CreateHttpsClient();
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var submitted = await scenario.SubmitAsync(await scenario.StartAsync());
        var trackingNumber = submitted.GetProperty("trackingNumber").GetString()!;
        var right = Lookup(trackingNumber, DossierScenario.CitizenId);

        (await client.GetFromAsync(right, AddressA)).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var guess in new[] { "AAAAAAAAA1", "AAAAAAAAA2", "AAAAAAAAA3" })
        {
            (await client.GetFromAsync(Lookup(guess, DossierScenario.CitizenId), AddressA)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var locked = await client.GetFromAsync(right, AddressA);
        var fromB = await client.GetFromAsync(right, AddressB);
        var otherCitizen = await client.GetFromAsync(Lookup(trackingNumber, "001208099999"), AddressA);
        clock.Set(DateTimeOffset.UtcNow.AddSeconds(601));
        var afterTheLock = await client.GetFromAsync(right, AddressA);

        locked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        locked.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(590, 600);
        var problem = await locked.ReadProblemAsync();
        problem.GetProperty("code").GetString().ShouldBe("rate_limit.lookup_locked");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.TryGetProperty("trackingNumber", out _).ShouldBeFalse("a locked lookup reveals nothing");
        fromB.StatusCode.ShouldBe(HttpStatusCode.OK);
        otherCitizen.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        afterTheLock.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task MalformedLookups_DoNotCountAsFailures()
    {
        await using var limited = ApiHost.Factory.WithWebHostBuilder(b => b.UsePeerFromHeader().UseSetting("RateLimiting:Lookup:FailureLimit", "2"));
        using var client = limited.CreateHttpsClient();
        var tooLong = new string('A', 31);

        for (var i = 0; i < 3; i++)
        {
            (await client.GetFromAsync(Lookup(tooLong, DossierScenario.CitizenId), AddressA)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await client.GetFromAsync(Lookup("HN26A00042", DossierScenario.CitizenId), AddressA)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetFromAsync(Lookup("HN26A00043", DossierScenario.CitizenId), AddressA)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetFromAsync(Lookup("HN26A00044", DossierScenario.CitizenId), AddressA)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private static string Lookup(string code, string citizenId) => $"/api/v1/dossier-lookup?code={code}&citizenId={citizenId}";
}
