namespace HanoiDvc.Domain.Integrations;

/// <summary>What an integrator (API client) may be allowed to do, as OAuth2 scope names.</summary>
public static class IntegratorScopes
{
    /// <summary>Read the procedure catalogue.</summary>
    public const string CatalogueRead = "catalogue:read";

    /// <summary>Read the dossiers of the client's agencies.</summary>
    public const string DossiersRead = "dossiers:read";

    /// <summary>Submit dossiers on behalf of applicants and report their status.</summary>
    public const string DossiersWrite = "dossiers:write";

    /// <summary>Read statistics.</summary>
    public const string StatisticsRead = "statistics:read";

    /// <summary>Manage the client's webhook subscriptions.</summary>
    public const string WebhooksManage = "webhooks:manage";

    /// <summary>Every scope, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = [CatalogueRead, DossiersRead, DossiersWrite, StatisticsRead, WebhooksManage];

    /// <summary>Whether <paramref name="scope"/> is one of <see cref="All"/> (case-sensitive, as OAuth2 scopes are).</summary>
    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
