using System.Net.Http.Json;
using System.Text.Json;

namespace HanoiDvc.WebApi.IntegrationTests;

/// <summary>Reads a problem-details body as raw JSON, so tests see exactly what a client sees.</summary>
internal static class ProblemJson
{
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string[] FieldErrors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
