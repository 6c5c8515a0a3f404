using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using HanoiDvc.WebApi.IntegrationTests.Integrations;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HanoiDvc.WebApi.IntegrationTests.Fuzzing;

/// <summary>
/// Sends thousands of generated malformed requests (<see cref="MalformedRequests"/>) to every route of the real host,
/// in memory, as anonymous, a citizen, an official and an integrator in turn, and asserts that none is answered with a
/// 5xx or shows a stack trace, a source path or an exception's name. No route is left out: the only 5xx the API may
/// answer by contract, the 503 of a database out of reach, cannot arise here. On a failure CsCheck prints the seed and
/// the smallest failing request it shrank to; set <c>CsCheck_Seed</c> to that seed to replay the run.
/// </summary>
public sealed class MalformedRequestFuzzTests : ApiTestFixture
{
    private const int Requests = 5_000;

    /// <summary>What an answer must never show: a stack frame, a source file or path, an exception or the database driver.</summary>
    private static readonly string[] Internals = ["   at ", ".cs:line", "/work/", "/src/", "Exception", "Npgsql"];

    [Test]
    public async Task NoGeneratedRequest_IsAnswered5xx_OrShowsInternals()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var dossier = await scenario.StartAsync();
        await scenario.SubmitAsync(dossier);
        var official = await OfficialTokenAsync(scenario.Department);
        using var integrator = await Integrators.SignedInAsync(ApiHost.Factory, Integrators.AllScopes);
        var tokens = new Dictionary<Caller, string>
        {
            [Caller.Citizen] = scenario.Citizen.DefaultRequestHeaders.Authorization!.Parameter!,
            [Caller.Official] = official,
            [Caller.Integrator] = integrator.DefaultRequestHeaders.Authorization!.Parameter!,
        };
        var routes = ApiRoutes.Of(ApiHost.Factory.Services);
        var requests = new MalformedRequests(routes, [dossier, scenario.Procedure, scenario.Department, scenario.CitizenUserId, Guid.Empty]);
        using var client = ApiHost.Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = HanoiDvcFactory.HttpsBaseAddress, HandleCookies = false, AllowAutoRedirect = false,
        });
        var statuses = new ConcurrentDictionary<int, int>();
        var covered = new ConcurrentDictionary<ApiRoute, bool>();
        var sent = 0;
        var clock = Stopwatch.StartNew();

        await requests.Request.SampleAsync(
            async request =>
            {
                using var message = request.ToMessage(tokens);
                var answer = await ApiCalls.SendAsync(client, message);
                Interlocked.Increment(ref sent);
                statuses.AddOrUpdate(answer.Status, 1, (_, count) => count + 1);
                covered[request.Route] = true;
                if (answer.Status >= 500 || (IsText(answer.MediaType) && Internals.Any(marker => answer.Body.Contains(marker, StringComparison.Ordinal))))
                {
                    throw new InvalidOperationException($"Answered {answer}");
                }
            },
            iter: Requests, threads: 2, print: request => request.ToString());

        var histogram = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        await TestContext.Out.WriteLineAsync(
            $"Fuzz: {sent} requests, {covered.Count}/{routes.Count} routes, {clock.Elapsed.TotalSeconds:F1} s; statuses {histogram}");
        sent.ShouldBeGreaterThanOrEqualTo(Requests);
        routes.Except(covered.Keys).ShouldBeEmpty();
    }

    /// <summary>An official of the Department with every role of the desk, processing and administration.</summary>
    private static async Task<string> OfficialTokenAsync(Guid department)
    {
        var (official, _) = await ApiHost.Factory.CreateSignedInClientAsync(
            "fuzz-official", department, Roles.Receptionist, Roles.Specialist, Roles.Leader, Roles.AgencyAdmin, Roles.SystemAdmin);
        using (official)
        {
            return official.DefaultRequestHeaders.Authorization!.Parameter!;
        }
    }

    private static bool IsText(string? mediaType) =>
        mediaType is null || mediaType.Contains("json", StringComparison.Ordinal) || mediaType.StartsWith("text/", StringComparison.Ordinal);
}
