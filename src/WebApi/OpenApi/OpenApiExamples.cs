using System.Globalization;
using System.Text.Json.Nodes;
using HanoiDvc.WebApi.ErrorHandling;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HanoiDvc.WebApi.OpenApi;

/// <summary>
/// Gives every JSON request body and every JSON success answer of the document an example built from its schema (a
/// value of each property's type and format: ids as UUIDs, instants in ISO 8601 UTC, enums by their first name), so a
/// client author sees the shape of each message without calling the API. Examples written by hand are kept.
/// </summary>
internal sealed class OpenApiExamples : IDocumentFilter
{
    private const int MaxDepth = 6;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The RFC 9110 sections ASP.NET Core writes as a problem's <c>type</c> (statuses without one have none).</summary>
    private static readonly Dictionary<int, string> TypeSections = new()
    {
        [400] = "15.5.1", [401] = "15.5.2", [403] = "15.5.4", [404] = "15.5.5", [409] = "15.5.10", [412] = "15.5.13",
        [422] = "15.5.21", [500] = "15.6.1", [503] = "15.6.4",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            Fill(swaggerDoc, operation.RequestBody?.Content);
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (status.StartsWith('2'))
                {
                    Fill(swaggerDoc, response.Content);
                }
                else if (int.TryParse(status, CultureInfo.InvariantCulture, out var code) && code >= 400)
                {
                    FillProblem(response.Content, code);
                }
            }
        }
    }

    private static void Fill(OpenApiDocument document, IDictionary<string, OpenApiMediaType>? content)
    {
        foreach (var (mediaType, media) in content ?? new Dictionary<string, OpenApiMediaType>())
        {
            if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) && media.Example is null && media.Examples is not { Count: > 0 } && media.Schema is { } schema)
            {
                media.Example = Sample(document, schema, owner: null, name: null, depth: 0);
            }
        }
    }

    /// <summary>An error answer as the API writes it: Vietnamese title, stable code, trace id; field errors on a 400.</summary>
    private static void FillProblem(IDictionary<string, OpenApiMediaType>? content, int status)
    {
        foreach (var media in (content ?? new Dictionary<string, OpenApiMediaType>()).Where(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Select(c => c.Value))
        {
            if (media.Example is not null || media.Examples is { Count: > 0 })
            {
                continue;
            }

            var problem = new JsonObject();
            if (TypeSections.TryGetValue(status, out var section))
            {
                problem["type"] = $"https://tools.ietf.org/html/rfc9110#section-{section}";
            }

            problem["title"] = ProblemTexts.Title(status, Vietnamese) ?? ReasonPhrases.GetReasonPhrase(status);
            problem["status"] = status;
            problem["instance"] = "/api/v1/dossiers/0191f000-0000-7000-8000-000000000001";
            problem["traceId"] = "0HN8K3F5Q2JVB:00000001";
            // The only 503 the API writes is the database out of reach.
            problem["code"] = status == StatusCodes.Status503ServiceUnavailable ? "database.unavailable" : ProblemDetailsSetup.DefaultCode(status);
            if (status == StatusCodes.Status400BadRequest)
            {
                problem["errors"] = new JsonObject { ["citizenId"] = new JsonArray("Số định danh cá nhân gồm đúng 12 chữ số.") };
            }

            media.Example = problem;
        }
    }

    /// <summary>
    /// A value that fits <paramref name="schema"/>; <paramref name="name"/> is the property it is for, if any, and
    /// <paramref name="owner"/> the schema that property belongs to. A realistic value known for the property
    /// (<see cref="OpenApiSampleValues"/>) wins over one made from the type.
    /// </summary>
    internal static JsonNode? Sample(OpenApiDocument document, IOpenApiSchema schema, string? owner, string? name, int depth, string? schemaId = null)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference.Id;
            return id is not null && document.Components?.Schemas?.TryGetValue(id, out var target) == true
                ? Sample(document, target, owner, name, depth + 1, id)
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
            return Sample(document, parts[0], owner, name, depth + 1);
        }

        var type = schema.Type ?? (schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : null);
        if (type is null)
        {
            return null;
        }

        if (type.Value.HasFlag(JsonSchemaType.Array))
        {
            var item = schema.Items is null ? null : Sample(document, schema.Items, owner, name, depth + 1);
            return item is null ? new JsonArray() : new JsonArray(item);
        }

        if (type.Value.HasFlag(JsonSchemaType.Object))
        {
            var result = new JsonObject();
            foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                result[property] = Sample(document, propertySchema, schemaId, property, depth + 1);
            }

            if (schema.AdditionalProperties is { } values2 && result.Count == 0)
            {
                // Form values: a field key of the seeded copy-of-diploma procedure and what an applicant types there.
                result["hoTen"] = Sample(document, values2, schemaId, "value", depth + 1);
            }

            return result;
        }

        if (type.Value.HasFlag(JsonSchemaType.Boolean))
        {
            // The seeded agency codes are unverified, and the example set-up (two-tier) is the current one.
            return JsonValue.Create(name is not ("codeVerified" or "historical"));
        }

        if (type.Value.HasFlag(JsonSchemaType.Integer))
        {
            return JsonValue.Create(name switch
            {
                null => 3,
                _ when name.Contains("page", StringComparison.OrdinalIgnoreCase) => name == "pageSize" ? 20 : 1,
                _ when name.EndsWith("Vnd", StringComparison.Ordinal) => 40000,
                "expiresIn" or "expires_in" => 600,
                "year" => 2026,
                "size" => 184320,
                "statusCode" or "lastStatusCode" => 200,
                "durationMs" => 142,
                "rank" => 2,
                _ => 3,
            });
        }

        if (type.Value.HasFlag(JsonSchemaType.Number))
        {
            return JsonValue.Create(name switch
            {
                "days" => 5m,
                "workingDaysLeft" => 2.5m,
                _ when name?.Contains("Days", StringComparison.Ordinal) == true => 4.5m,
                _ => 0.75m,
            });
        }

        if (schema.Format is null or "" && OpenApiSampleValues.Find(owner, name) is { } realistic)
        {
            return realistic;
        }

        return JsonValue.Create(schema.Format switch
        {
            "uuid" => "0191f000-0000-7000-8000-000000000001",
            "date-time" => "2026-11-24T01:30:00Z",
            "date" => "2026-11-24",
            "time" => "15:30:00",
            "uri" => "https://dichvucong.hanoi.edu.vn/",
            "email" => "minhanh.nguyen@example.vn",
            "binary" or "byte" => "JVBERi0xLjcK",
            _ => name is null ? "text" : $"{name} (example)",
        });
    }
}
