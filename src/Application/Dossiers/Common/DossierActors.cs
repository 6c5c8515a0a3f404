using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The signed-in user as the dossier's rules see them.</summary>
internal static class DossierActors
{
    public static Actor From(ICurrentUser user) =>
        new(user.UserId ?? throw new UnauthorizedAccessException(), user.Name ?? "?", user.Roles, user.AgencyId);
}
