using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The signed-in user, or the calling integrator, as the dossier's rules see them.</summary>
internal static class DossierActors
{
    /// <summary>
    /// An official acts with their roles at their agency; an integrator holding <c>dossiers:write</c> acts in the desk's,
    /// specialist's and leader's roles, but only at the agencies it acts for, so the aggregate's guards check it as they check
    /// an official.
    /// </summary>
    public static Actor From(ICurrentUser user)
    {
        var id = user.UserId ?? throw new NotSignedInException();
        if (user.IsIntegrator)
        {
            var roles = user.HasScope(IntegratorScopes.DossiersWrite) ? DossierRoles.All : [];
            return Actor.Integrator(id, user.Name ?? "?", roles, user.ClientAgencyIds);
        }

        return new(id, user.Name ?? "?", user.Roles, user.AgencyId);
    }
}
