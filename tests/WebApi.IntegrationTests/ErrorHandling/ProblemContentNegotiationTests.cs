using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HanoiDvc.WebApi.IntegrationTests.ErrorHandling;

/// <summary>
/// A problem is always <c>application/problem+json</c> with its own status, whatever the caller's <c>Accept</c> says:
/// every way a problem is written (exception handler, binding failure, authentication challenge, authorization,
/// unknown route, body size, rate limiter) under every odd Accept header, in Development and outside it.
/// </summary>
[TestFixture("Development")]
[TestFixture("Staging")]
public sealed class ProblemContentNegotiationTests(string environment) : ApiTestFixture
{
    private static readonly string?[] AcceptHeaders =
    [
        null, "application/json", "text/html", "application/xml", "text/html,application/xhtml+xml;q=0.9,application/xml;q=0.8",
        "*/*;q=0", "application/json;q=0", "garbage", "text/*", "image/png", "application/problem+xml", ";;;,,=", "*/*",
    ];

    private WebApplicationFactory<Program> _host = null!;

    [OneTimeSetUp]
    public void StartHost() =>
        // One permit on the public checks, so the second verification of a result is a 429 from the rate limiter.
        _host = ApiHost.Factory.WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .UseSetting("RateLimiting:PublicCheck:PermitLimit", "1")
            .UseSetting("RateLimiting:PublicCheck:WindowSeconds", "3600"));

    [OneTimeTearDown]
    public async Task StopHostAsync() => await _host.DisposeAsync();

    [Test]
    public async Task EveryProblem_IsProblemJsonWithItsStatus_WhateverTheAcceptHeader()
    {
        using var client = _host.CreateHttpsClient();
        using (var first = await client.PostAsJsonAsync("/api/v1/auth/register/citizen", CitizenRegistration()))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        }

        using (var permitted = await client.GetAsync(new Uri("/api/v1/results/verify/ABCDEFGHJKLM", UriKind.Relative)))
        {
            permitted.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        }

        var failures = new List<string>();
        foreach (var accept in AcceptHeaders)
        {
            foreach (var (expected, name, request) in Problems())
            {
                using var message = request();
                if (accept is not null)
                {
                    message.Headers.TryAddWithoutValidation("Accept", accept);
                }

                var answer = await ApiCalls.SendAsync(client, message);
                if (answer.Status != expected || answer.MediaType != "application/problem+json" || StatusIn(answer.Body) != expected)
                {
                    failures.Add($"{name} with Accept '{accept}': {answer}");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    /// <summary>Each way a problem arises, with the status it must keep.</summary>
    private static IEnumerable<(int Status, string Name, Func<HttpRequestMessage> Request)> Problems()
    {
        yield return (400, "validator", () => Get("/api/v1/agencies?page=0"));
        yield return (400, "binding", () => Get("/api/v1/agencies?page=abc"));
        yield return (400, "unknown JSON field", () => Post("/api/v1/auth/token", """{"userName":"a","password":"b","extra":1}"""));
        yield return (401, "challenge", () => Get("/api/v1/dossiers/mine"));
        yield return (401, "sign-in refused", () => Post("/api/v1/auth/token", """{"userName":"nobody","password":"Wrong-Password-1"}"""));
        yield return (403, "authorization", () => Get("/api/v1/admin/audit").As(Roles.Citizen));
        yield return (404, "unknown route", () => Get("/api/v1/no-such-route"));
        yield return (404, "not found", () => Get($"/api/v1/procedures/{Guid.NewGuid()}"));
        yield return (409, "conflict", () => Post("/api/v1/auth/register/citizen", JsonSerializer.Serialize(CitizenRegistration())));
        yield return (413, "body size", () => Post("/api/v1/auth/token", $$"""{"userName":"{{new string('a', 70_000)}}"}"""));
        yield return (429, "rate limiter", () => Get("/api/v1/results/verify/ABCDEFGHJKLM"));
    }

    private static object CitizenRegistration() => new
    {
        fullName = "Nguyễn Văn An", citizenId = "001099012345", dateOfBirth = "1999-05-19", phone = "+84 912 345 678",
        email = "an.nguyen@example.vn", password = "Mat-Khau-2026",
    };

    private static int? StatusIn(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("status", out var status) ? status.GetInt32() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, string json) =>
        new(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}

