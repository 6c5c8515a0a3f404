using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace HanoiDvc.Integrators.ClientTests;

/// <summary>
/// The OpenAPI document third parties build their clients from: it is valid OpenAPI (Microsoft.OpenApi's reader and its
/// default rules), every operation is named, summarised and secured or public, and it is the document this project's
/// client was generated from (openapi/hanoidvc-v1.json). After changing the API, refresh that file with
/// <c>HANOIDVC_UPDATE_OPENAPI=1 dotnet test tests/Integrators.ClientTests --filter OpenApiDocumentTests</c> and rebuild.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string Committed = Path.Combine(ProjectDirectory(), "openapi", "hanoidvc-v1.json");

    [Test]
    public async Task TheCommittedDocument_IsTheOneTheApiServes()
    {
        var live = await LiveAsync();
        if (Environment.GetEnvironmentVariable("HANOIDVC_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(Committed, live);
        }

        JsonNode.DeepEquals(JsonNode.Parse(live), JsonNode.Parse(await File.ReadAllTextAsync(Committed)))
            .ShouldBeTrue("openapi/hanoidvc-v1.json is stale: regenerate it (see this class's summary) and rebuild the client.");
    }

    [Test]
    public async Task TheDocument_IsValidOpenApi()
    {
        var result = OpenApiDocument.Parse(await LiveAsync(), "json");

        result.Diagnostic!.Errors.ShouldBeEmpty(string.Join("; ", result.Diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        var document = result.Document.ShouldNotBeNull();
        var errors = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        errors.ShouldBeEmpty(string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Message}")));
        var schemes = document.Components.ShouldNotBeNull().SecuritySchemes.ShouldNotBeNull();
        schemes.Keys.ShouldBe(["Bearer", "OAuth2"], ignoreOrder: true);
        var flow = schemes["OAuth2"]!.Flows!.ClientCredentials!;
        flow.Scopes!.Keys.ShouldBe(["catalogue:read", "dossiers:read", "dossiers:write", "statistics:read", "webhooks:manage"], ignoreOrder: true);
    }

    [Test]
    public async Task Examples_UseRealisticValues_NotPlaceholders()
    {
        var document = await LiveAsync();

        document.ShouldNotContain("(example)", customMessage: "an example value was made from a property name; add a realistic one to OpenApiSampleValues");
        using var json = JsonDocument.Parse(document);
        var ingestion = json.RootElement.GetProperty("paths").GetProperty("/api/v1/integrations/dossiers").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        ingestion.GetProperty("applicant").GetProperty("citizenId").GetString()!.ShouldMatch("^[0-9]{12}$");
        ingestion.GetProperty("applicant").GetProperty("fullName").GetString().ShouldBe("Nguyễn Thị Minh Anh");
    }

    [Test]
    public async Task EveryOperation_HasAnIdASummaryADescriptionErrorAnswersAndItsSecurity_AndIntegratorOperationsTheirScope()
    {
        using var document = JsonDocument.Parse(await LiveAsync());
        var ids = new HashSet<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var op = operation.Value;
                ids.Add(op.GetProperty("operationId").GetString()!).ShouldBeTrue($"{where}: duplicate operationId");
                op.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace(where);
                op.TryGetProperty("description", out var description).ShouldBeTrue($"{where}: no description");
                description.GetString()!.Length.ShouldBeGreaterThan(40, $"{where}: a description says more than a few words");
                var responses = op.GetProperty("responses").EnumerateObject().ToList();
                responses.ShouldNotBeEmpty(where);
                var errors = responses.Where(r => r.Name[0] is '4' or '5').ToList();
                errors.Select(r => r.Name).ShouldContain("500", $"{where}: no 500 answer");
                // Problems (RFC 9457); the OAuth token endpoint answers its errors in RFC 6749's own shape instead.
                foreach (var error in errors.Where(e => e.Value.TryGetProperty("content", out _) && IsProblem(e.Value)))
                {
                    var problem = error.Value.GetProperty("content").EnumerateObject().First().Value;
                    problem.TryGetProperty("example", out var example).ShouldBeTrue($"{where} {error.Name}: no example");
                    example.GetProperty("status").GetInt32().ToString(CultureInfo.InvariantCulture).ShouldBe(error.Name, where);
                    example.GetProperty("code").GetString().ShouldNotBeNullOrWhiteSpace(where);
                    if (error.Name == "503")
                    {
                        example.GetProperty("code").GetString().ShouldBe("database.unavailable", where);
                    }
                }
                if (path.Name.StartsWith("/api/v1/integrations", StringComparison.Ordinal) || path.Name.StartsWith("/api/v1/webhooks", StringComparison.Ordinal))
                {
                    var schemes = op.GetProperty("security").EnumerateArray().SelectMany(s => s.EnumerateObject()).ToList();
                    schemes.ShouldHaveSingleItem(where).Name.ShouldBe("OAuth2");
                    schemes[0].Value.EnumerateArray().ShouldHaveSingleItem(where);
                    op.GetProperty("responses").TryGetProperty("403", out _).ShouldBeTrue(where);
                }
            }
        }
    }

    private static bool IsProblem(JsonElement response) =>
        response.GetProperty("content").EnumerateObject().First().Value.GetProperty("schema").TryGetProperty("$ref", out var schema)
        && schema.GetString()!.EndsWith("ProblemDetails", StringComparison.Ordinal);

    private static async Task<string> LiveAsync()
    {
        using var client = ClientHost.Host.CreateClient();
        return await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
    }

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;
}
