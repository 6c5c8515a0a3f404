using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Infrastructure.Persistence.Seed;

namespace HanoiDvc.Infrastructure.Catalogue;

/// <summary>Serves the form templates shipped in <c>Persistence/Seed/procedures/templates</c>.</summary>
internal sealed class EmbeddedDocumentTemplates : IDocumentTemplates
{
    private static readonly HashSet<string> Names = SeedResources.List("procedures/templates")
        .Select(path => path["procedures/templates/".Length..])
        .ToHashSet(StringComparer.Ordinal);

    public Stream? Open(string fileName) =>
        Names.Contains(fileName) ? SeedResources.Open($"procedures/templates/{fileName}") : null;
}
