using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>Valid answers to a procedure's form schema, as an applicant would type them.</summary>
internal static class FormFillers
{
    /// <summary>A published Department procedure whose required fields these answers fit, with those answers.</summary>
    public static Task<(Guid Procedure, Dictionary<string, string?> Form)> DepartmentProcedureAsync(HttpClient client) =>
        ProcedureAsync(client, "province");

    /// <summary>
    /// A published procedure decided at <paramref name="level"/> (and of <paramref name="serviceLevel"/> 3 or 4, when given;
    /// other than the one named <paramref name="except"/>), open to citizens, with answers that fit its required fields.
    /// </summary>
    public static async Task<(Guid Procedure, Dictionary<string, string?> Form)> ProcedureAsync(HttpClient client, string level, int? serviceLevel = null, string? except = null)
    {
        var filter = serviceLevel is { } service ? $"&serviceLevel={service}" : string.Empty;
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures?level={level}&applicantType=Citizen&pageSize=100{filter}", UriKind.Relative));
        foreach (var item in page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("name").GetString() != except))
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

    /// <summary>
    /// Starts a draft of <paramref name="procedureId"/> with <paramref name="form"/> and attaches a small PDF for each
    /// mandatory document the procedure asks for, so it can be submitted online; returns the draft as first answered.
    /// </summary>
    public static async Task<JsonElement> StartDraftAsync(HttpClient citizen, Guid procedureId, Guid decidingAgencyId, Dictionary<string, string?> form)
    {
        using var response = await citizen.PostAsJsonAsync(
            new Uri("/api/v1/dossiers", UriKind.Relative), new { procedureId, decidingAgencyId, formData = form });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>();
        await AttachMandatoryDocumentsAsync(citizen, draft);
        return draft;
    }

    /// <summary>Attaches a small PDF for each mandatory required document of <paramref name="dossier"/> (a dossier as the API returns it) that has none yet.</summary>
    public static async Task AttachMandatoryDocumentsAsync(HttpClient citizen, JsonElement dossier)
    {
        var id = dossier.GetProperty("id").GetGuid();
        var attached = dossier.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("documentName").GetString()).ToHashSet();
        foreach (var document in dossier.GetProperty("requiredDocuments").EnumerateArray()
            .Where(d => d.GetProperty("mandatory").GetBoolean() && !attached.Contains(d.GetProperty("name").GetString())))
        {
            using var upload = new MultipartFormDataContent();
            var file = new ByteArrayContent([.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(300)]);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            upload.Add(file, "file", "giay-to.pdf");
            upload.Add(new StringContent(document.GetProperty("name").GetString()!, Encoding.UTF8), "documentName");
            using var response = await citizen.PostAsync(new Uri($"/api/v1/dossiers/{id}/attachments", UriKind.Relative), upload);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
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
