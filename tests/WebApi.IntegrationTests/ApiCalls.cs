using System.Net.Http.Headers;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests;

/// <summary>What a client received: the status, the media type and the body.</summary>
internal sealed record ApiAnswer(int Status, string? MediaType, string Body)
{
    public override string ToString() => $"{Status} {MediaType} {Body[..Math.Min(Body.Length, 1500)]}";
}

/// <summary>Sends a request to the in-memory host and reads the answer as a client would see it.</summary>
internal static class ApiCalls
{
    /// <summary>
    /// The answer; an exception that escapes the host's pipeline (the test server rethrows what Kestrel would answer
    /// with an empty 500) is reported as a 500 with the exception as its body, so a test can assert on it.
    /// </summary>
    public static async Task<ApiAnswer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new ApiAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ApiAnswer(500, null, $"(escaped the host) {exception}");
        }
    }

    /// <summary>
    /// Sends <paramref name="request"/> as a new user of the shared host with <paramref name="roles"/> (a bearer token of a
    /// real session, on this request only). Synchronous so that tables of requests can build it inline.
    /// </summary>
    public static HttpRequestMessage As(this HttpRequestMessage request, params string[] roles)
    {
        var token = TestTokens.ForAsync(ApiHost.Factory.Services, Guid.NewGuid(), "Test user", roles).GetAwaiter().GetResult();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
