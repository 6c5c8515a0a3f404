namespace HanoiDvc.Dependencies.Tests;

/// <summary>
/// Which licences the project's packages may carry (docs/dependencies.md): the permissive list, the packages whose
/// licence is stated by a file or a link rather than an SPDX expression (read by hand, for that version only), and the
/// documented exceptions with their reasons.
/// </summary>
internal static class LicencePolicy
{
    /// <summary>SPDX identifiers allowed without discussion.</summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "MS-PL", "PostgreSQL", "ISC", "0BSD",
    };

    /// <summary>
    /// Licences read from the package's licence file or link, as SPDX expressions, keyed by "id/version": a new version
    /// is not covered and fails until someone reads its licence again.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ReadByHand = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // licenseUrl → the repository's LICENSE, which at the 5.1.0 tag is the Apache License 2.0 (decision 0001).
        ["MediatR/5.1.0"] = "Apache-2.0",
        // LICENSE.md: Reciprocal Public License 1.5, or Lucky Penny Software's commercial licence.
        ["AutoMapper/16.3.0"] = "RPL-1.5 OR LicenseRef-LuckyPenny-Commercial",
        // LICENSE.md: LGPL v3, or Hangfire's commercial licences (LICENSE_STANDARD, LICENSE_ROYALTYFREE).
        ["Hangfire.Core/1.8.25"] = "LGPL-3.0-only OR LicenseRef-Hangfire-Commercial",
        ["Hangfire.AspNetCore/1.8.25"] = "LGPL-3.0-only OR LicenseRef-Hangfire-Commercial",
        ["Hangfire.NetCore/1.8.25"] = "LGPL-3.0-only OR LicenseRef-Hangfire-Commercial",
        // LICENSE.md: "licensed under the terms of the LGPLv3 license".
        ["Hangfire.PostgreSql/1.21.1"] = "LGPL-3.0-only",
    };

    /// <summary>Packages accepted although no side of their licence is in <see cref="Allowed"/>, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> Exceptions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AutoMapper"] = "RPL-1.5 or commercial; production use under the commercial terms with a licence key (decision 0002)",
        ["Hangfire.Core"] = "LGPL-3.0: used as a library, unmodified, loaded from its own assembly (the LGPL's conditions for linking are met)",
        ["Hangfire.AspNetCore"] = "LGPL-3.0: as Hangfire.Core",
        ["Hangfire.NetCore"] = "LGPL-3.0: as Hangfire.Core (a dependency of Hangfire.AspNetCore)",
        ["Hangfire.PostgreSql"] = "LGPL-3.0: as Hangfire.Core",
    };
}
