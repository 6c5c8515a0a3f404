using System.Text.Json;

namespace HanoiDvc.Dependencies.Tests;

/// <summary>
/// The npm packages the SPA ships (client-app/package-lock.json entries that are neither dev nor dev-optional), with the
/// licence of the installed package's <c>package.json</c> (<c>node_modules</c>), or the lock's copy of it when not installed.
/// </summary>
internal static class NpmPackages
{
    public static IReadOnlyList<DependencyPackage> Production(string clientApp)
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(clientApp, "package-lock.json")));
        var packages = new List<DependencyPackage>();
        foreach (var entry in lockFile.RootElement.GetProperty("packages").EnumerateObject())
        {
            if (entry.Name.Length == 0 || Flag(entry.Value, "dev") || Flag(entry.Value, "devOptional") || Flag(entry.Value, "link"))
            {
                continue;
            }

            var name = entry.Name[(entry.Name.LastIndexOf("node_modules/", StringComparison.Ordinal) + "node_modules/".Length)..];
            var installed = Path.Combine(clientApp, entry.Name, "package.json");
            var licence = File.Exists(installed) ? LicenceOf(File.ReadAllText(installed)) : LicenceOf(entry.Value);
            packages.Add(new DependencyPackage("npm", name, entry.Value.GetProperty("version").GetString()!, licence));
        }

        return packages;
    }

    private static bool Flag(JsonElement entry, string name) => entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static string? LicenceOf(string packageJson)
    {
        using var document = JsonDocument.Parse(packageJson);
        return LicenceOf(document.RootElement);
    }

    /// <summary><c>"license": "MIT"</c>, or the old <c>{ "type": "MIT" }</c> form.</summary>
    private static string? LicenceOf(JsonElement package) =>
        !package.TryGetProperty("license", out var licence) ? null
        : licence.ValueKind == JsonValueKind.String ? licence.GetString()
        : licence.ValueKind == JsonValueKind.Object && licence.TryGetProperty("type", out var type) ? type.GetString()
        : null;
}
