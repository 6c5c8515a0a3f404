namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Authorization policy names. Every endpoint declares one of these or <c>AllowAnonymous()</c>;
/// anything that declares neither falls back to <see cref="Authenticated"/>.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in person (not an integrator: client tokens pass only the scope policies).</summary>
    public const string Authenticated = nameof(Authenticated);

    /// <summary>Administrators of the whole system.</summary>
    public const string SystemAdmin = nameof(SystemAdmin);

    /// <summary>Create, edit, publish and unlist procedures of the catalogue (system administrators).</summary>
    public const string ManageCatalogue = nameof(ManageCatalogue);

    /// <summary>Edit holiday schedules of the working-day calendar (system administrators).</summary>
    public const string ManageCalendar = nameof(ManageCalendar);

    /// <summary>Statistics of dossiers: Leader or AgencyAdmin (own agency and below) or SystemAdmin (everything).</summary>
    public const string ViewStatistics = nameof(ViewStatistics);

    /// <summary>Administrators of officials' accounts: AgencyAdmin (own agency and below) or SystemAdmin (everyone).</summary>
    public const string ManageOfficials = nameof(ManageOfficials);

    /// <summary>The public catalogue: anyone anonymous or signed in; an integrator needs <c>catalogue:read</c>.</summary>
    public const string CatalogueRead = "PublicOr:catalogue:read";

    /// <summary>Public figures: anyone anonymous or signed in; an integrator needs <c>statistics:read</c>.</summary>
    public const string StatisticsRead = "PublicOr:statistics:read";

    /// <summary>Integrators with <c>dossiers:read</c>.</summary>
    public const string DossiersRead = "Scope:dossiers:read";

    /// <summary>Integrators with <c>dossiers:write</c>.</summary>
    public const string DossiersWrite = "Scope:dossiers:write";

    /// <summary>Integrators with <c>webhooks:manage</c>.</summary>
    public const string WebhooksManage = "Scope:webhooks:manage";

    /// <summary>The scope an integrator needs for <paramref name="policy"/>, or null for a policy of people.</summary>
    public static string? ScopeOf(string policy) =>
        policy.StartsWith("Scope:", StringComparison.Ordinal) ? policy["Scope:".Length..]
        : policy.StartsWith("PublicOr:", StringComparison.Ordinal) ? policy["PublicOr:".Length..]
        : null;
}
