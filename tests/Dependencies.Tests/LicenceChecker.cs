namespace HanoiDvc.Dependencies.Tests;

/// <summary>Decides which packages break the licence policy.</summary>
internal static class LicenceChecker
{
    /// <summary>The packages whose licence is neither allowed nor a documented exception, each named with its version and licence.</summary>
    public static IReadOnlyList<string> Violations(
        IEnumerable<DependencyPackage> packages, IReadOnlySet<string> allowed, IReadOnlyDictionary<string, string> exceptions) =>
        [.. packages
            .Where(p => !exceptions.ContainsKey(p.Name) && !(p.Licence is { } licence && SpdxExpression.IsSatisfiedBy(licence, allowed)))
            .Select(p => p.ToString())
            .Distinct()
            .Order(StringComparer.Ordinal)];
}
