using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using HanoiDvc.Application.Documents;

namespace HanoiDvc.Infrastructure.Documents;

/// <summary>The form templates embedded from <c>Documents/Templates/*.json</c>, read once per process.</summary>
internal static class DocumentTemplates
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<FrozenDictionary<DossierDocumentKind, DocumentTemplate>> All = new(Load);

    public static DocumentTemplate For(DossierDocumentKind kind) =>
        All.Value.TryGetValue(kind, out var template)
            ? template
            : throw new InvalidOperationException($"There is no template for {kind}.");

    /// <summary>The template file of a kind: <c>SupplementRequest</c> → <c>supplement-request.json</c>.</summary>
    public static string FileName(DossierDocumentKind kind) => $"{JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString())}.json";

    private static FrozenDictionary<DossierDocumentKind, DocumentTemplate> Load() =>
        Enum.GetValues<DossierDocumentKind>().ToFrozenDictionary(kind => kind, Read);

    private static DocumentTemplate Read(DossierDocumentKind kind)
    {
        var resource = $"{typeof(DocumentTemplates).Namespace}.Templates.{FileName(kind)}";
        using var stream = typeof(DocumentTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The template {resource} is missing from the build.");
        return JsonSerializer.Deserialize<DocumentTemplate>(stream, Json)
            ?? throw new InvalidOperationException($"The template {resource} is empty.");
    }
}
