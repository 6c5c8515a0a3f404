namespace HanoiDvc.Dependencies.Tests;

/// <summary>The checker itself, on made-up package lists: it fails, and names the package, when it should.</summary>
public sealed class LicenceCheckerTests
{
    private static readonly IReadOnlyDictionary<string, string> NoExceptions = new Dictionary<string, string>();

    [Test]
    public void AGplPackage_IsReported_ByNameVersionAndLicence()
    {
        DependencyPackage[] packages =
        [
            new("nuget", "Good.Package", "1.0.0", "MIT"),
            new("nuget", "Copyleft.Package", "2.1.0", "GPL-3.0-only"),
            new("npm", "left-pad", "1.3.0", "WTFPL"),
        ];

        LicenceChecker.Violations(packages, LicencePolicy.Allowed, NoExceptions)
            .ShouldBe(["npm left-pad 1.3.0 (WTFPL)", "nuget Copyleft.Package 2.1.0 (GPL-3.0-only)"]);
    }

    [Test]
    public void APackageWithoutADeclaredLicence_IsReported()
    {
        LicenceChecker.Violations([new("nuget", "Mystery", "0.1.0", null)], LicencePolicy.Allowed, NoExceptions)
            .ShouldBe(["nuget Mystery 0.1.0 (no licence declared)"]);
    }

    [Test]
    public void ADocumentedException_IsAccepted_WhateverItsLicence()
    {
        var exceptions = new Dictionary<string, string> { ["Copyleft.Package"] = "why it is acceptable" };

        LicenceChecker.Violations([new("nuget", "Copyleft.Package", "2.1.0", "GPL-3.0-only")], LicencePolicy.Allowed, exceptions).ShouldBeEmpty();
    }

    [TestCase("MIT", true)]
    [TestCase("mit", true)]
    [TestCase("MIT OR GPL-3.0-only", true)]
    [TestCase("(GPL-2.0-only OR Apache-2.0)", true)]
    [TestCase("MIT AND BSD-3-Clause", true)]
    [TestCase("MIT AND GPL-3.0-only", false)]
    [TestCase("(MIT OR GPL-3.0-only) AND LGPL-3.0-only", false)]
    [TestCase("Apache-2.0 WITH LLVM-exception", true)]
    [TestCase("GPL-2.0-only WITH Classpath-exception-2.0", false)]
    [TestCase("RPL-1.5 OR LicenseRef-LuckyPenny-Commercial", false)]
    [TestCase("MIT OR", false)]
    [TestCase("(MIT", false)]
    [TestCase("", false)]
    public void SpdxExpressions_AreAcceptedWhenTheAllowedLicencesSatisfyThem(string expression, bool accepted) =>
        SpdxExpression.IsSatisfiedBy(expression, LicencePolicy.Allowed).ShouldBe(accepted);
}
