using HanoiDvc.Application.Auditing.Queries.FindAuditUsers;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary><see cref="IAuditUserDirectory"/> on the Identity users table (case-insensitive containment, LIKE wildcards escaped).</summary>
internal sealed class AuditUserDirectory(AppDbContext db) : IAuditUserDirectory
{
    public async Task<IReadOnlyList<AuditUserDto>> FindAsync(string? query, Guid? id, int take, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (id is { } one)
        {
            users = users.Where(u => u.Id == one);
        }
        else
        {
            var pattern = $"%{query!.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            users = users.Where(u => EF.Functions.ILike(u.FullName, pattern) || EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.Email!, pattern));
        }

        return await users
            .OrderBy(u => u.FullName).ThenBy(u => u.UserName)
            .Take(take)
            .Select(u => new AuditUserDto(u.Id, u.FullName, u.UserName!, db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
