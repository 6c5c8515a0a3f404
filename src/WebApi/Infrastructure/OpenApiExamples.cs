using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HanoiDvc.WebApi.Infrastructure;

/// <summary>
/// Gives every JSON request body and every JSON success answer of the document an example built from its schema (a
/// value of each property's type and format: ids as UUIDs, instants in ISO 8601 UTC, enums by their first name), so a
/// client author sees the shape of each message without calling the API. Examples written by hand are kept.
/// </summary>
internal sealed class OpenApiExamples : IDocumentFilter
{
    private const int MaxDepth = 6;

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            Fill(swaggerDoc, operation.RequestBody?.Content);
            foreach (var response in operation.Responses?.Where(r => r.Key.StartsWith('2')).Select(r => r.Value) ?? [])
            {
                Fill(swaggerDoc, response.Content);
            }
        }
    }

    private static void Fill(OpenApiDocument document, IDictionary<string, OpenApiMediaType>? content)
    {
        foreach (var (mediaType, media) in content ?? new Dictionary<string, OpenApiMediaType>())
        {
            if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) && media.Example is null && media.Examples is not { Count: > 0 } && media.Schema is { } schema)
            {
                media.Example = Sample(document, schema, name: null, depth: 0);
            }
        }
    }

    /// <summary>A value that fits <paramref name="schema"/>; <paramref name="name"/> is the property it is for, if any.</summary>
    internal static JsonNode? Sample(OpenApiDocument document, IOpenApiSchema schema, string? name, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference.Id;
            return id is not null && document.Components?.Schemas?.TryGetValue(id, out var target) == true
                ? Sample(document, target, name, depth + 1)
                : null;
        }

        if (schema.Example is { } given)
        {
            return given.DeepClone();
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            return values[0]?.DeepClone();
        }

        if (schema.AllOf is { Count: > 0 } parts)
        {
            return Sample(document, parts[0], name, depth + 1);
        }

        var type = schema.Type ?? (schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : null);
        if (type is null)
        {
            return null;
        }

        if (type.Value.HasFlag(JsonSchemaType.Array))
        {
            var item = schema.Items is null ? null : Sample(document, schema.Items, name, depth + 1);
            return item is null ? new JsonArray() : new JsonArray(item);
        }

        if (type.Value.HasFlag(JsonSchemaType.Object))
        {
            var result = new JsonObject();
            foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                result[property] = Sample(document, propertySchema, property, depth + 1);
            }

            if (schema.AdditionalProperties is { } values2 && result.Count == 0)
            {
                result["key"] = Sample(document, values2, "value", depth + 1);
            }

            return result;
        }

        if (type.Value.HasFlag(JsonSchemaType.Boolean))
        {
            return JsonValue.Create(true);
        }

        if (type.Value.HasFlag(JsonSchemaType.Integer))
        {
            return JsonValue.Create(name is not null && name.Contains("page", StringComparison.OrdinalIgnoreCase) ? 1 : 3);
        }

        if (type.Value.HasFlag(JsonSchemaType.Number))
        {
            return JsonValue.Create(0.75m);
        }

        return JsonValue.Create(schema.Format switch
        {
            "uuid" => "0191f000-0000-7000-8000-000000000001",
            "date-time" => "2026-03-02T01:30:00Z",
            "date" => "2026-03-02",
            "uri" => "https://dichvucong.hanoi.edu.vn/",
            "email" => "nguyen.van.an@example.vn",
            "binary" or "byte" => "JVBERi0xLjcK",
            _ => name is null ? "text" : $"{name} (example)",
        });
    }
}
