namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Authorization policy names. Every endpoint declares one of these or <c>AllowAnonymous()</c>;
/// anything that declares neither falls back to <see cref="Authenticated"/>.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
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
}
