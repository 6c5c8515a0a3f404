using HanoiDvc.Application.Officials;

namespace HanoiDvc.Application.Common.Security;

/// <summary>
/// <see cref="IAgencyScope"/> over the agency tree. Agencies are a few hundred rows, so the tree (id → parent) is
/// loaded once per request and walked in memory.
/// </summary>
internal sealed class AgencyScope(ICurrentUser currentUser, IAppDbContext db) : IAgencyScope
{
    private IReadOnlySet<Guid>? _manageable;

    public async Task<bool> CanManageAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var manageable = await ManageableAgencyIdsAsync(cancellationToken);
        return manageable is null || manageable.Contains(agencyId);
    }

    public async Task<IReadOnlySet<Guid>?> ManageableAgencyIdsAsync(CancellationToken cancellationToken)
    {
        if (currentUser.IsInRole(Roles.SystemAdmin))
        {
            return null;
        }

        if (!currentUser.IsInRole(Roles.AgencyAdmin) || currentUser.AgencyId is not { } root)
        {
            return new HashSet<Guid>();
        }

        return _manageable ??= await LoadSubtreeAsync(root, cancellationToken);
    }

    public async Task EnsureCanManageAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync(agencyId, cancellationToken))
        {
            throw new ForbiddenAccessException("The agency is outside the agencies you manage.");
        }
    }

    public async Task EnsureCanManageAsync(OfficialDto official, CancellationToken cancellationToken)
    {
        if (currentUser.IsInRole(Roles.SystemAdmin))
        {
            return;
        }

        // An official outside the caller's agencies answers as an id that does not exist: 403 would confirm the account.
        if (official.AgencyId is not { } agencyId || !await CanManageAsync(agencyId, cancellationToken))
        {
            throw new NotFoundException("Official", official.Id);
        }

        if (official.Roles.Contains(Roles.SystemAdmin, StringComparer.Ordinal))
        {
            throw new ForbiddenAccessException("Only a system administrator manages this account.");
        }
    }

    public void EnsureCanGrant(IEnumerable<string> roles)
    {
        if (!currentUser.IsInRole(Roles.SystemAdmin) && roles.Contains(Roles.SystemAdmin, StringComparer.Ordinal))
        {
            throw new ForbiddenAccessException("Only a system administrator grants the SystemAdmin role.");
        }
    }

    public Task<IReadOnlySet<Guid>> SubtreeAsync(Guid agencyId, CancellationToken cancellationToken) => LoadSubtreeAsync(agencyId, cancellationToken);

    private async Task<IReadOnlySet<Guid>> LoadSubtreeAsync(Guid root, CancellationToken cancellationToken)
    {
        var edges = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(cancellationToken);
        var children = edges.Where(e => e.ParentId is not null).ToLookup(e => e.ParentId!.Value, e => e.Id);
        var subtree = new HashSet<Guid>();
        if (!edges.Any(e => e.Id == root))
        {
            return subtree;
        }

        var pending = new Stack<Guid>([root]);
        while (pending.TryPop(out var id))
        {
            if (subtree.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }

        return subtree;
    }
}
