namespace HanoiDvc.Dependencies.Tests;

/// <summary>Every package the project restores or ships has an allowed licence or is a documented exception.</summary>
public sealed class LicenceTests
{
    private static readonly string DependenciesDoc = Path.Combine(Repository.Root, "docs", "dependencies.md");

    [Test]
    public void EveryNuGetPackage_TransitiveOnesIncluded_HasAnAllowedLicenceOrIsADocumentedException()
    {
        var packages = NuGetPackages.Restored(Repository.Root);

        packages.Count.ShouldBeGreaterThan(100, "the whole restored graph, not only the direct packages");
        LicenceChecker.Violations(packages, LicencePolicy.Allowed, LicencePolicy.Exceptions).ShouldBeEmpty();
    }

    [Test]
    public void EveryNpmPackageTheSpaShips_HasAnAllowedLicenceOrIsADocumentedException()
    {
        var packages = NpmPackages.Production(Path.Combine(Repository.Root, "client-app"));

        packages.Select(p => p.Name).ShouldContain("@angular/core");
        packages.Select(p => p.Name).ShouldNotContain("vitest", "development packages are not shipped");
        LicenceChecker.Violations(packages, LicencePolicy.Allowed, LicencePolicy.Exceptions).ShouldBeEmpty();
    }

    [Test]
    public void EveryException_IsListedWithItsReasonInDocsDependencies()
    {
        var doc = File.ReadAllText(DependenciesDoc);

        LicencePolicy.Exceptions.Keys.Where(name => !doc.Contains(name, StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
