using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HanoiDvc.WebApi.OpenApi;

/// <summary>
/// Writes a nullable enum or object property as <c>oneOf: [$ref, {type, nullable: true, enum: [null]}]</c> instead of
/// Swashbuckle's <c>allOf: [$ref], nullable: true</c>. In OpenAPI 3.0 <c>nullable</c> only means something next to a
/// <c>type</c> (3.0.3, Schema Object), so JSON-schema validators (Spectral's among them) refuse the allOf form and an
/// example's null could not be checked; the oneOf form says "the referenced schema, or null" in 3.0 terms, and NSwag and
/// openapi-typescript read it as the same nullable reference as before.
/// </summary>
internal sealed class OpenApiNullableReferences : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            Rewrite(schema, schemas, depth: 0);
        }
    }

    private static void Rewrite(OpenApiSchema schema, IDictionary<string, IOpenApiSchema> schemas, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (schema.Type == JsonSchemaType.Null && schema.AllOf is [OpenApiSchemaReference reference])
        {
            var target = reference.Reference.Id is { } id && schemas.TryGetValue(id, out var found) ? found.Type : null;
            var type = (target ?? JsonSchemaType.Object) & ~JsonSchemaType.Null;
            schema.Type = null;
            schema.AllOf = null;
            schema.OneOf = [reference, new OpenApiSchema { Type = type | JsonSchemaType.Null, Enum = [null!] }];
            return;
        }

        foreach (var child in (schema.Properties?.Values ?? []).Append(schema.Items).Append(schema.AdditionalProperties).OfType<OpenApiSchema>())
        {
            Rewrite(child, schemas, depth + 1);
        }
    }
}
