using System.Text.Json;

namespace HanoiDvc.Integrators.ClientTests;

/// <summary>
/// Every example of the committed OpenAPI document fits its schema as an OpenAPI 3.0 validator reads it (the same check
/// ./test.sh runs with Spectral's spectral:oas rules, here for the parts a null, an enum or a number can break): the JSON
/// type, <c>nullable</c> only next to a <c>type</c>, enum members, and no property a closed object does not declare.
/// </summary>
public sealed class OpenApiExampleTests
{
    [Test]
    public void EveryExample_FitsItsSchema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(ProjectDirectory(), "openapi", "hanoidvc-v1.json")));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var problems = new List<string>();
        var checkedExamples = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var bodies = operation.Value.GetProperty("responses").EnumerateObject().Select(r => (r.Name, r.Value)).ToList();
                if (operation.Value.TryGetProperty("requestBody", out var request))
                {
                    bodies.Add(("request", request));
                }

                foreach (var (name, body) in bodies.Where(b => b.Item2.TryGetProperty("content", out _)))
                {
                    foreach (var media in body.GetProperty("content").EnumerateObject().Where(m => m.Value.TryGetProperty("example", out _)))
                    {
                        checkedExamples++;
                        Check(media.Value.GetProperty("schema"), media.Value.GetProperty("example"), schemas, $"{operation.Name.ToUpperInvariant()} {path.Name} {name}", problems);
                    }
                }
            }
        }

        checkedExamples.ShouldBeGreaterThan(200);
        problems.ShouldBeEmpty();
    }

    private static void Check(JsonElement schema, JsonElement value, JsonElement schemas, string where, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), value, schemas, where, problems);
            return;
        }

        var nullable = schema.TryGetProperty("nullable", out var n) && n.GetBoolean();
        var hasType = schema.TryGetProperty("type", out var type);
        if (nullable && !hasType)
        {
            problems.Add($"{where}: nullable without type");
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, value, schemas, where, problems);
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var fits = oneOf.EnumerateArray().Count(option =>
            {
                var found = new List<string>();
                Check(option, value, schemas, where, found);
                return found.Count == 0;
            });
            if (fits != 1)
            {
                problems.Add($"{where}: {value} fits {fits} of the oneOf options");
            }
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (hasType && !nullable)
            {
                problems.Add($"{where}: null for a {type} that is not nullable");
            }

            return;
        }

        if (hasType && !Fits(type.GetString()!, value))
        {
            problems.Add($"{where}: {value} is not a {type}");
            return;
        }

        if (schema.TryGetProperty("enum", out var members) && !members.EnumerateArray().Any(m => JsonElement.DeepEquals(m, value)))
        {
            problems.Add($"{where}: {value} is not one of {members}");
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, schemas, $"{where}[]", problems);
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var declared) ? declared : default;
            var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Check(propertySchema, property.Value, schemas, $"{where}.{property.Name}", problems);
                }
                else if (closed)
                {
                    problems.Add($"{where}: {property.Name} is not a declared property");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(additional, property.Value, schemas, $"{where}.{property.Name}", problems);
                }
            }
        }
    }

    private static bool Fits(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => true,
    };

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;
}
