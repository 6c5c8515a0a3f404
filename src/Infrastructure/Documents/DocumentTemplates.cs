using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using HanoiDvc.Application.Documents;

namespace HanoiDvc.Infrastructure.Documents;

/// <summary>
/// The form templates embedded from <c>Documents/Templates/*.json</c> and the result templates from
/// <c>Documents/Templates/Results/*.json</c>, each read once per process.
/// </summary>
internal static class DocumentTemplates
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<FrozenDictionary<DossierDocumentKind, DocumentTemplate>> All = new(Load);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DocumentTemplate> Results = new(StringComparer.Ordinal);

    public static DocumentTemplate For(DossierDocumentKind kind) =>
        All.Value.TryGetValue(kind, out var template)
            ? template
            : throw new InvalidOperationException($"There is no template for {kind}.");

    /// <summary>The template of a document: its kind's, or for a generated result the one it names.</summary>
    public static DocumentTemplate For(DossierDocument document) =>
        document.Kind == DossierDocumentKind.Result
            ? Results.GetOrAdd(document.Template ?? throw new InvalidOperationException("A generated result names its template."), name => Read($"Results.{name}.json"))
            : For(document.Kind);

    /// <summary>The result template named <paramref name="name"/> (<c>Templates/Results/{name}.json</c>).</summary>
    public static DocumentTemplate Result(string name) => Results.GetOrAdd(name, n => Read($"Results.{n}.json"));

    /// <summary>Whether a result template of that name is embedded.</summary>
    public static bool HasResultTemplate(string name) =>
        typeof(DocumentTemplates).Assembly.GetManifestResourceInfo($"{typeof(DocumentTemplates).Namespace}.Templates.Results.{name}.json") is not null;

    /// <summary>The template file of a kind: <c>SupplementRequest</c> → <c>supplement-request.json</c>.</summary>
    public static string FileName(DossierDocumentKind kind) => $"{JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString())}.json";

    private static FrozenDictionary<DossierDocumentKind, DocumentTemplate> Load() =>
        Enum.GetValues<DossierDocumentKind>().Where(kind => kind != DossierDocumentKind.Result).ToFrozenDictionary(kind => kind, kind => Read(FileName(kind)));

    private static DocumentTemplate Read(string fileName)
    {
        var resource = $"{typeof(DocumentTemplates).Namespace}.Templates.{fileName}";
        using var stream = typeof(DocumentTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The template {resource} is missing from the build.");
        return JsonSerializer.Deserialize<DocumentTemplate>(stream, Json)
            ?? throw new InvalidOperationException($"The template {resource} is empty.");
    }
}
