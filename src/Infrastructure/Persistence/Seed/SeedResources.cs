using System.Text.Json;
using System.Text.Json.Serialization;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>Reads the JSON seed files embedded in this assembly (folder <c>Persistence/Seed</c>).</summary>
internal static class SeedResources
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <param name="relativePath">Path below <c>Persistence/Seed</c>, with '/' separators, e.g. <c>agencies/two-tier.json</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<T> ReadAsync<T>(string relativePath, CancellationToken cancellationToken)
    {
        await using var stream = Open(relativePath);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
            ?? throw new InvalidOperationException($"Seed file {relativePath} is empty.");
    }

    public static Stream Open(string relativePath)
    {
        var name = $"{typeof(SeedResources).Namespace}.{relativePath.Replace('/', '.')}";
        return typeof(SeedResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Seed file {relativePath} is missing from the build (resource {name}).");
    }

    public static IEnumerable<string> List(string folder)
    {
        var prefix = $"{typeof(SeedResources).Namespace}.{folder.Replace('/', '.')}.";
        return typeof(SeedResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => $"{folder}/{n[prefix.Length..]}");
    }
}
