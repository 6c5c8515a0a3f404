using System.Collections.Frozen;
using System.Text.Json;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Infrastructure.Documents;
using HanoiDvc.Infrastructure.Persistence.Seed;

namespace HanoiDvc.Infrastructure.Results;

/// <summary>
/// The procedures whose result the system generates, from the embedded <c>Persistence/Seed/procedures/result-templates.json</c>
/// (keyed by procedure name, apart from the catalogue). Read once; a row naming a template that is not embedded fails loudly.
/// </summary>
internal sealed class SeededResultTemplates : IResultTemplates
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    private readonly Lazy<FrozenDictionary<string, ResultTemplate>> _byProcedure = new(Load);

    public ResultTemplate? Find(string procedureName) => _byProcedure.Value.GetValueOrDefault(procedureName);

    private static FrozenDictionary<string, ResultTemplate> Load()
    {
        using var stream = SeedResources.Open("procedures/result-templates.json");
        var file = JsonSerializer.Deserialize<ResultTemplatesFile>(stream, Json) ?? throw new InvalidOperationException("result-templates.json is empty.");
        foreach (var row in file.Results.Where(r => !DocumentTemplates.HasResultTemplate(r.Template)))
        {
            throw new InvalidOperationException($"result-templates.json names the template '{row.Template}' for '{row.Procedure}', which is not embedded.");
        }

        return file.Results.ToFrozenDictionary(r => r.Procedure, r =>
        {
            var template = DocumentTemplates.Result(r.Template);
            return new ResultTemplate(r.Template, r.DocumentType, template.Fields ?? [], template.Source);
        }, StringComparer.Ordinal);
    }

    private sealed record ResultTemplatesFile(string About, IReadOnlyList<ResultTemplateRow> Results);

    private sealed record ResultTemplateRow(string Procedure, string Template, string DocumentType);
}
