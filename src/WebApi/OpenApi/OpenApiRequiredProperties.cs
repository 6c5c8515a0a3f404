using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HanoiDvc.WebApi.OpenApi;

/// <summary>
/// Lists every property of every schema the API answers with (what a success answer holds, and what it holds in turn)
/// as <c>required</c>: the JSON serializer writes each property, null or not, so a client may rely on it being present
/// (nullability stays on the property). Schemas only ever sent to the API keep their properties optional, as the binder
/// fills a missing one with its default. The SPA's TypeScript types are generated from this document.
/// </summary>
internal sealed class OpenApiRequiredProperties : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        if (swaggerDoc.Components?.Schemas is not { Count: > 0 } schemas)
        {
            return;
        }

        var answered = new HashSet<string>(StringComparer.Ordinal);
        var responses = swaggerDoc.Paths.Values
            .SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Responses?.Where(r => r.Key.StartsWith('2')).Select(r => r.Value) ?? []);
        foreach (var media in responses.SelectMany(r => r.Content?.Values.AsEnumerable() ?? []))
        {
            Visit(media.Schema, schemas, answered);
        }

        foreach (var id in answered)
        {
            if (schemas[id] is OpenApiSchema { Properties.Count: > 0 } schema)
            {
                schema.Required ??= new SortedSet<string>(StringComparer.Ordinal);
                schema.Required.UnionWith(schema.Properties.Keys);
            }
        }
    }

    private static void Visit(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> answered)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Reference.Id is { } id && answered.Add(id) && schemas.TryGetValue(id, out var target))
            {
                Visit(target, schemas, answered);
            }

            return;
        }

        if (schema is null)
        {
            return;
        }

        var children = (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? [])
            .Append(schema.Items).Append(schema.AdditionalProperties);
        foreach (var child in children)
        {
            Visit(child, schemas, answered);
        }
    }
}
