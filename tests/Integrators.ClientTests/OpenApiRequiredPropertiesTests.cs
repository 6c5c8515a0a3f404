using System.Text.Json;

namespace HanoiDvc.Integrators.ClientTests;

/// <summary>
/// The SPA's TypeScript types are generated from the OpenAPI document, so the document must say which properties an
/// answer always carries: every one, as the serializer writes nulls too. Inputs keep theirs optional.
/// </summary>
public sealed class OpenApiRequiredPropertiesTests
{
    [Test]
    public async Task AnAnswersSchema_ListsEveryProperty_AsRequired_NullableOnesToo()
    {
        using var schemas = await SchemasAsync();
        var dossier = schemas.RootElement.GetProperty("DossierDto");
        var apology = dossier.GetProperty("properties").GetProperty("apology");

        Required(dossier).ShouldBe(Properties(dossier), ignoreOrder: true);
        Required(dossier).ShouldContain("apology");
        // Nullable all the same: a reference written in the OpenAPI 3.0 form, one of the schema or null.
        apology.GetProperty("oneOf").EnumerateArray().Any(IsNullable).ShouldBeTrue();
        // Reached only through DossierDto.formFields: what an answer holds in turn is required too.
        Required(schemas.RootElement.GetProperty("FormFieldOption")).ShouldBe(Properties(schemas.RootElement.GetProperty("FormFieldOption")), ignoreOrder: true);
    }

    [Test]
    public async Task ASchemaOnlySentToTheApi_KeepsItsPropertiesOptional()
    {
        using var schemas = await SchemasAsync();

        schemas.RootElement.GetProperty("WithdrawInput").TryGetProperty("required", out _).ShouldBeFalse();
        schemas.RootElement.GetProperty("ReceiveInput").TryGetProperty("required", out _).ShouldBeFalse();
    }

    private static async Task<JsonDocument> SchemasAsync()
    {
        using var client = ClientHost.Host.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        return JsonDocument.Parse(document.RootElement.GetProperty("components").GetProperty("schemas").GetRawText());
    }

    private static string[] Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? [.. required.EnumerateArray().Select(r => r.GetString()!)] : [];

    private static bool IsNullable(JsonElement schema) => schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean();

    private static string[] Properties(JsonElement schema) => [.. schema.GetProperty("properties").EnumerateObject().Select(p => p.Name)];
}
