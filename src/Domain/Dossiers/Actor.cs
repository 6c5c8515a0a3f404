namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// Who acts on a dossier: an official with roles at an agency, an integrator with roles at the agencies it acts for, or an
/// applicant (no official role). The applicant of a dossier is recognised by <see cref="UserId"/> = <see cref="Dossier.ApplicantId"/>.
/// Every guard of <see cref="Dossier"/> asks <see cref="Has(string, Guid)"/>, so officials and integrators pass the same checks.
/// </summary>
/// <param name="UserId">The user's (or the integrator's) id.</param>
/// <param name="Name">The name written on the processing control sheet.</param>
/// <param name="Roles">Official roles (see <see cref="DossierRoles"/>); empty for an applicant.</param>
/// <param name="AgencyId">The agency an official works for; null for an applicant and an integrator.</param>
public sealed record Actor(Guid UserId, string Name, IReadOnlyCollection<string> Roles, Guid? AgencyId)
{
    /// <summary>The agencies the actor holds its roles at: an official's one agency, the agencies an integrator acts for.</summary>
    public IReadOnlyCollection<Guid> Agencies => ActsFor ?? (AgencyId is { } agency ? [agency] : []);

    /// <summary>An integrator's agencies; null for an official, whose one agency is <see cref="AgencyId"/> (so <c>with</c> on it follows).</summary>
    private IReadOnlyCollection<Guid>? ActsFor { get; init; }

    /// <summary>Whether the actor holds no official role.</summary>
    public bool IsApplicant => !DossierRoles.All.Any(Has);

    /// <summary>An applicant: no role, no agency.</summary>
    public static Actor Applicant(Guid userId, string name) => new(userId, name, [], null);

    /// <summary>An official with one role at <paramref name="agencyId"/>.</summary>
    public static Actor Official(Guid userId, string name, string role, Guid agencyId) => new(userId, name, [role], agencyId);

    /// <summary>An integrator holding <paramref name="roles"/> at each of the agencies it acts for, and nowhere else.</summary>
    public static Actor Integrator(Guid clientId, string name, IReadOnlyCollection<string> roles, IReadOnlyCollection<Guid> agencyIds) =>
        new(clientId, name, roles, null) { ActsFor = [.. agencyIds] };

    /// <summary>Whether the actor holds <paramref name="role"/> (case-insensitive).</summary>
    public bool Has(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the actor holds <paramref name="role"/> at <paramref name="agencyId"/>.</summary>
    public bool Has(string role, Guid agencyId) => Agencies.Contains(agencyId) && Has(role);
}
