using System.Reflection;

namespace HanoiDvc.Application.Common.Security;

/// <summary>
/// Whether a user passes the <see cref="RequiresRoleAttribute"/>s of a request type: the authorization behaviour enforces it,
/// and the dossier's allowed actions ask it, so both say the same.
/// </summary>
public static class RoleRequirements
{
    /// <summary>
    /// True when <paramref name="requestType"/> has no role requirement, or the user is signed in, is a person (an
    /// integrator's token never passes a person's use case) and holds one of the roles of every requirement.
    /// </summary>
    public static bool Satisfied(Type requestType, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(requestType);
        ArgumentNullException.ThrowIfNull(user);
        var requirements = requestType.GetCustomAttributes<RequiresRoleAttribute>(inherit: true).ToArray();
        return requirements.Length == 0
            || (user.IsAuthenticated && !user.IsIntegrator && requirements.All(r => r.Roles.Count == 0 || r.Roles.Any(user.IsInRole)));
    }
}
