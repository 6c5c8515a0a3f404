using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.UnitTests.Procedures;

/// <summary>
/// The shared form-rule files under <c>tests/form-rules/</c>, read by these tests and by the SPA's
/// <c>form-rules.spec.ts</c>. The files the server writes are rewritten with <c>HANOIDVC_UPDATE_FORM_RULES=1</c>.
/// </summary>
internal static class FormRuleFiles
{
    /// <summary>As the API writes JSON (web defaults, enums by name).</summary>
    public static readonly JsonSerializerOptions Api = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static bool Updating => Environment.GetEnvironmentVariable("HANOIDVC_UPDATE_FORM_RULES") == "1";

    public static string PathOf(string name) => Path.Combine(Folder(), "..", "..", "form-rules", name);

    public static JsonNode Read(string name) => JsonNode.Parse(File.ReadAllText(PathOf(name)))!;

    public static FormField Field(JsonNode definition) => definition.Deserialize<FormField>(Api)!;

    /// <summary>Compares <paramref name="json"/> with the committed file, or rewrites the file when updating.</summary>
    public static void ShouldBeCommitted(string name, JsonNode json)
    {
        var text = json.ToJsonString(Api).ReplaceLineEndings("\n") + "\n";
        if (Updating)
        {
            File.WriteAllText(PathOf(name), text);
            return;
        }

        var committed = File.Exists(PathOf(name)) ? File.ReadAllText(PathOf(name)).ReplaceLineEndings("\n") : "";
        committed.ShouldBe(text, $"tests/form-rules/{name} is stale: run HANOIDVC_UPDATE_FORM_RULES=1 dotnet test tests/Domain.UnitTests --filter FormRule");
    }

    private static string Folder([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;
}
