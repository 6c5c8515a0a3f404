using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>Valid answers to a procedure's form schema, as an applicant would type them.</summary>
internal static class FormFillers
{
    /// <summary>A published Department procedure whose required fields these answers fit, with those answers.</summary>
    public static Task<(Guid Procedure, Dictionary<string, string?> Form)> DepartmentProcedureAsync(HttpClient client) =>
        ProcedureAsync(client, "province");

    /// <summary>A published procedure decided at <paramref name="level"/>, open to citizens, with answers that fit its required fields.</summary>
    public static async Task<(Guid Procedure, Dictionary<string, string?> Form)> ProcedureAsync(HttpClient client, string level)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures?level={level}&applicantType=Citizen&pageSize=100", UriKind.Relative));
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetGuid();
            var detail = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{id}", UriKind.Relative));
            var required = detail.GetProperty("form").EnumerateArray().Where(f => f.GetProperty("required").GetBoolean()).ToList();
            var form = required.ToDictionary(f => f.GetProperty("key").GetString()!, Value);
            if (required.Count > 0 && required.All(f => Fits(f, form[f.GetProperty("key").GetString()!])))
            {
                return (id, form);
            }
        }

        throw new InvalidOperationException($"No {level} procedure open to citizens with a form these answers fit is seeded.");
    }

    /// <summary>Answers to the required fields of one procedure's form.</summary>
    public static async Task<Dictionary<string, string?>> AnswersAsync(HttpClient client, Guid procedureId)
    {
        var detail = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{procedureId}", UriKind.Relative));
        return detail.GetProperty("form").EnumerateArray().Where(f => f.GetProperty("required").GetBoolean())
            .ToDictionary(f => f.GetProperty("key").GetString()!, Value);
    }

    private static bool Fits(JsonElement field, string? value) =>
        !field.TryGetProperty("pattern", out var pattern) || pattern.ValueKind != JsonValueKind.String
        || System.Text.RegularExpressions.Regex.IsMatch(value ?? string.Empty, pattern.GetString()!);

    private static string? Value(JsonElement field) => field.GetProperty("type").GetString() switch
    {
        "Number" => (field.TryGetProperty("min", out var min) && min.ValueKind == JsonValueKind.Number ? min.GetDecimal() : 2020m).ToString(CultureInfo.InvariantCulture),
        "Date" => "2008-05-01",
        "Select" => field.GetProperty("options")[0].GetProperty("value").GetString(),
        "CitizenId" => "001208012345",
        "Phone" => "0912345678",
        "Email" => "an.nguyen@example.vn",
        "School" => "Trường THPT Chu Văn An",
        "File" => "giay-to.pdf",
        _ => "Nguyễn Văn Đức",
    };
}
