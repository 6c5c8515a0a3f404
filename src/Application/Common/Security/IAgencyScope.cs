using HanoiDvc.Application.Officials;

namespace HanoiDvc.Application.Common.Security;

/// <summary>
/// The one place that decides which officials the current user may manage. A SystemAdmin manages everyone; an
/// AgencyAdmin manages the officials of their own agency and of the agencies below it, and may not grant or touch
/// SystemAdmin. Every "may not" ends as <see cref="Exceptions.ForbiddenAccessException"/> (403).
/// </summary>
public interface IAgencyScope
{
    /// <summary>Whether the current user may manage officials of this agency.</summary>
    Task<bool> CanManageAsync(Guid agencyId, CancellationToken cancellationToken);

    /// <summary>The agencies whose officials the current user may manage; null when unrestricted (SystemAdmin).</summary>
    Task<IReadOnlySet<Guid>?> ManageableAgencyIdsAsync(CancellationToken cancellationToken);

    /// <summary>Throws unless the current user may manage officials of this agency.</summary>
    Task EnsureCanManageAsync(Guid agencyId, CancellationToken cancellationToken);

    /// <summary>The agency and every agency below it (empty when it does not exist); the tree that statistics are scoped by.</summary>
    Task<IReadOnlySet<Guid>> SubtreeAsync(Guid agencyId, CancellationToken cancellationToken);

    /// <summary>
    /// Throws unless the current user may manage this official: 404 when the official's agency is outside the caller's (as
    /// for an id that does not exist), 403 for a SystemAdmin of the caller's agencies (managed by SystemAdmins only).
    /// </summary>
    Task EnsureCanManageAsync(OfficialDto official, CancellationToken cancellationToken);

    /// <summary>Throws unless the current user may grant all of these roles.</summary>
    void EnsureCanGrant(IEnumerable<string> roles);
}
