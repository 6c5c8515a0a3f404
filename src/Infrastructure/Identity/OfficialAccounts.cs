using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Officials;
using Microsoft.AspNetCore.Identity;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary><see cref="IOfficialAccounts"/> on ASP.NET Core Identity and PostgreSQL. Officials are the users without an applicant type.</summary>
internal sealed class OfficialAccounts(UserManager<ApplicationUser> users, AppDbContext db, AccountWriter writer, TimeProvider clock)
    : IOfficialAccounts
{
    // An administrator's lock lasts until unlocked; a far date rather than "infinity" keeps every driver happy.
    private static readonly TimeSpan AdministrativeLock = TimeSpan.FromDays(365 * 100);

    public async Task<Guid> CreateAsync(NewOfficial official, string temporaryPassword, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            UserName = official.UserName,
            Email = official.Email,
            FullName = official.FullName,
            AgencyId = official.AgencyId,
            IdentityProvider = ApplicationUser.LocalProvider,
            CreatedAt = clock.GetUtcNow(),
        };
        await writer.CreateAsync(user, temporaryPassword, official.Roles, "temporaryPassword", AccountConflicts.DuplicateUserName, cancellationToken);
        return user.Id;
    }

    public async Task<OfficialDto?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await ToDtosAsync(Officials().Where(u => u.Id == id), cancellationToken);
        return found.SingleOrDefault();
    }

    public async Task<PagedList<OfficialDto>> ListAsync(
        Guid? agencyId, IReadOnlySet<Guid>? withinAgencies, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = Officials();
        if (agencyId is not null)
        {
            query = query.Where(u => u.AgencyId == agencyId);
        }

        if (withinAgencies is not null)
        {
            var ids = withinAgencies.ToList();
            query = query.Where(u => u.AgencyId != null && ids.Contains(u.AgencyId.Value));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await ToDtosAsync(query.OrderBy(u => u.UserName).Skip((page - 1) * pageSize).Take(pageSize), cancellationToken);
        return new PagedList<OfficialDto>(items, page, pageSize, total);
    }

    public async Task SetRolesAsync(Guid id, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new InvalidOperationException($"Official {id} does not exist.");
        await writer.InTransactionAsync(async () =>
        {
            var current = await users.GetRolesAsync(user);
            var removed = current.Except(roles, StringComparer.Ordinal).ToList();
            var added = roles.Except(current, StringComparer.Ordinal).ToList();
            if (removed.Count > 0)
            {
                AccountWriter.ThrowIfFailed(await users.RemoveFromRolesAsync(user, removed), "roles", AccountConflicts.DuplicateUserName);
            }

            if (added.Count > 0)
            {
                AccountWriter.ThrowIfFailed(await users.AddToRolesAsync(user, added), "roles", AccountConflicts.DuplicateUserName);
            }
        }, AccountConflicts.DuplicateUserName, cancellationToken);
    }

    public async Task SetPasswordAsync(Guid id, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new InvalidOperationException($"Official {id} does not exist.");
        await writer.InTransactionAsync(async () =>
        {
            AccountWriter.ThrowIfFailed(await users.RemovePasswordAsync(user), "temporaryPassword", AccountConflicts.DuplicateUserName);
            AccountWriter.ThrowIfFailed(await users.AddPasswordAsync(user, password), "temporaryPassword", AccountConflicts.DuplicateUserName);
            AccountWriter.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "temporaryPassword", AccountConflicts.DuplicateUserName);
        }, AccountConflicts.DuplicateUserName, cancellationToken);
    }

    public async Task SetLockedAsync(Guid id, bool locked, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new InvalidOperationException($"Official {id} does not exist.");
        await writer.InTransactionAsync(async () =>
        {
            if (locked)
            {
                AccountWriter.ThrowIfFailed(await users.SetLockoutEnabledAsync(user, true), "id", AccountConflicts.DuplicateUserName);
                AccountWriter.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, clock.GetUtcNow() + AdministrativeLock), "id", AccountConflicts.DuplicateUserName);
                AccountWriter.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "id", AccountConflicts.DuplicateUserName);
            }
            else
            {
                AccountWriter.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null), "id", AccountConflicts.DuplicateUserName);
                AccountWriter.ThrowIfFailed(await users.ResetAccessFailedCountAsync(user), "id", AccountConflicts.DuplicateUserName);
            }
        }, AccountConflicts.DuplicateUserName, cancellationToken);
    }

    private IQueryable<ApplicationUser> Officials() => db.Users.AsNoTracking().Where(u => u.ApplicantType == null);

    private async Task<List<OfficialDto>> ToDtosAsync(IQueryable<ApplicationUser> query, CancellationToken cancellationToken)
    {
        var page = await query.ToListAsync(cancellationToken);
        var ids = page.Select(u => u.Id).ToList();
        var roles = (await db.UserRoles
                .Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = clock.GetUtcNow();
        return page.Select(u => new OfficialDto
        {
            Id = u.Id,
            UserName = u.UserName!,
            FullName = u.FullName,
            Email = u.Email,
            AgencyId = u.AgencyId,
            Roles = [.. roles[u.Id].Order(StringComparer.Ordinal)],
            IsLockedOut = u.LockoutEnabled && u.LockoutEnd > now,
            LockoutEnd = u.LockoutEnd > now ? u.LockoutEnd : null,
            CreatedAt = u.CreatedAt,
        }).ToList();
    }
}
