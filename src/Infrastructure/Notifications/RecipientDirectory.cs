using HanoiDvc.Application.Notifications;

namespace HanoiDvc.Infrastructure.Notifications;

/// <summary>Recipients from the Identity tables (users, roles, the official's agency).</summary>
internal sealed class RecipientDirectory(AppDbContext db) : IRecipientDirectory
{
    public async Task<IReadOnlyList<Guid>> InRoleAsync(Guid agencyId, string role, CancellationToken cancellationToken)
    {
        var normalized = role.ToUpperInvariant();
        return await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join r in db.Roles on userRole.RoleId equals r.Id
            where user.AgencyId == agencyId && r.NormalizedName == normalized
            orderby user.Id
            select user.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, RecipientAddress>> AddressesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            // No language preference on the profile yet: everyone gets Vietnamese.
            .ToDictionaryAsync(u => u.Id, u => new RecipientAddress(u.FullName, u.Email, u.PhoneNumber, false), cancellationToken);
}
