using System.Text.Json;
using System.Text.RegularExpressions;

namespace HanoiDvc.Dependencies.Tests;

/// <summary>
/// Every NuGet package the solution's projects restore, transitive ones included (each project's
/// <c>obj/project.assets.json</c>), with the licence its <c>.nuspec</c> in the global packages folder declares: the SPDX
/// expression, else the one behind a <c>licenses.nuget.org</c> link, else what <see cref="LicencePolicy.ReadByHand"/> says.
/// </summary>
internal static partial class NuGetPackages
{
    public static IReadOnlyList<DependencyPackage> Restored(string root)
    {
        var assets = new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateDirectories(Path.Combine(root, folder)))
            .Select(project => Path.Combine(project, "obj", "project.assets.json"))
            .Where(File.Exists)
            .ToList();
        if (assets.Count == 0)
        {
            throw new InvalidOperationException("No project.assets.json under src/ or tests/: restore the solution first.");
        }

        var packages = new Dictionary<string, DependencyPackage>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in assets)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var packageFolder = document.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
            foreach (var library in document.RootElement.GetProperty("libraries").EnumerateObject())
            {
                if (library.Value.GetProperty("type").GetString() != "package" || packages.ContainsKey(library.Name))
                {
                    continue;
                }

                var (name, version) = (library.Name.Split('/')[0], library.Name.Split('/')[1]);
                var folder = Path.Combine(packageFolder, library.Value.GetProperty("path").GetString()!);
                packages[library.Name] = new DependencyPackage("nuget", name, version, Licence(name, version, folder));
            }
        }

        return [.. packages.Values];
    }

    private static string? Licence(string name, string version, string folder)
    {
        var nuspec = Directory.EnumerateFiles(folder, "*.nuspec").FirstOrDefault();
        var text = nuspec is null ? string.Empty : File.ReadAllText(nuspec);
        if (ExpressionLicence().Match(text) is { Success: true } expression)
        {
            return expression.Groups[1].Value.Trim();
        }

        if (NuGetLicenceUrl().Match(text) is { Success: true } url && !text.Contains("<license type=\"file\"", StringComparison.Ordinal))
        {
            return Uri.UnescapeDataString(url.Groups[1].Value).Replace('+', ' ');
        }

        return LicencePolicy.ReadByHand.GetValueOrDefault($"{name}/{version}");
    }

    [GeneratedRegex("<license\\s+type=\"expression\"[^>]*>([^<]+)</license>")]
    private static partial Regex ExpressionLicence();

    [GeneratedRegex("<licenseUrl>https?://licenses\\.nuget\\.org/([^<]+)</licenseUrl>")]
    private static partial Regex NuGetLicenceUrl();
}
