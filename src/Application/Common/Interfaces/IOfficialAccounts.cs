using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Officials;

namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>Officials' accounts (ASP.NET Core Identity behind it). Scoping is the caller's job (<see cref="Security.IAgencyScope"/>).</summary>
public interface IOfficialAccounts
{
    /// <summary>Creates an official with a temporary password and roles, all or nothing.</summary>
    /// <exception cref="Exceptions.ConflictException">The user name or e-mail is taken.</exception>
    Task<Guid> CreateAsync(NewOfficial official, string temporaryPassword, CancellationToken cancellationToken);

    /// <summary>The official, or null when there is no official with this id.</summary>
    Task<OfficialDto?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>One page of officials ordered by user name.</summary>
    /// <param name="agencyId">Only this agency's officials, when given.</param>
    /// <param name="withinAgencies">Only officials of these agencies; null for no restriction.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Items per page.</param>
    /// <param name="cancellationToken">Abort.</param>
    Task<PagedList<OfficialDto>> ListAsync(
        Guid? agencyId, IReadOnlySet<Guid>? withinAgencies, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Replaces the official's roles.</summary>
    Task SetRolesAsync(Guid id, IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    /// <summary>Replaces the password (checked by the password rules) and changes the security stamp.</summary>
    Task SetPasswordAsync(Guid id, string password, CancellationToken cancellationToken);

    /// <summary>Locks the account until unlocked, or unlocks it and clears its failed attempts.</summary>
    Task SetLockedAsync(Guid id, bool locked, CancellationToken cancellationToken);
}
