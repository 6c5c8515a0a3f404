namespace HanoiDvc.Dependencies.Tests;

/// <summary>One package in the project's dependency graph and the licence it declares (an SPDX expression, or null when it declares none).</summary>
internal sealed record DependencyPackage(string Ecosystem, string Name, string Version, string? Licence)
{
    public override string ToString() => $"{Ecosystem} {Name} {Version} ({Licence ?? "no licence declared"})";
}
