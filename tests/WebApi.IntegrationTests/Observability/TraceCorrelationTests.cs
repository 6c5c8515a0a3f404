using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace HanoiDvc.WebApi.IntegrationTests.Observability;

/// <summary>Log lines of a request carry its trace and span ids beside the correlation id, which is the trace id unless the caller sent one.</summary>
public sealed class TraceCorrelationTests : ObservedHostFixture
{
    [Test]
    public async Task ARequestInACallersTrace_LogsThatTraceId_AndAnswersItAsTheCorrelationId()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var client = Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/procedures?q=cap%20ban%20sao%20{traceId[..6]}");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-Correlation-Id").Single().ShouldBe(traceId);
        var lines = await Lines.WaitForAsync(l => Property(l, "CorrelationId") == traceId && Property(l, "RequestPath") == "/api/v1/procedures");
        lines.ShouldNotBeEmpty("the request log line");
        var ofRequest = Lines.Parsed.Where(l => Property(l, "CorrelationId") == traceId).ToList();
        ofRequest.Count.ShouldBeGreaterThan(1, "the request line and the use case's line at least");
        ofRequest.ShouldAllBe(l => Property(l, "@tr") == traceId);
        ofRequest.ShouldAllBe(l => Property(l, "@sp") != null && Property(l, "@sp")!.Length == 16);
    }

    [Test]
    public async Task ACallersCorrelationId_IsKept_BesideTheTraceIdOfTheRequest()
    {
        using var client = Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/no-such-thing");
        request.Headers.Add("X-Correlation-Id", "portal-request-0042");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync()).GetProperty("traceId").GetString().ShouldBe("portal-request-0042");
        var lines = await Lines.WaitForAsync(l => Property(l, "CorrelationId") == "portal-request-0042");
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => Property(l, "@tr") != null && Property(l, "@tr")!.Length == 32);
    }

    private static string? Property(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
