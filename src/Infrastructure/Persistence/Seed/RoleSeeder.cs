using HanoiDvc.Application.Common.Security;
using HanoiDvc.Infrastructure.Identity;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>The roles the code knows (<see cref="Roles.All"/>), named as Identity's role manager would normalise them.</summary>
public sealed class RoleSeeder(AppDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var name in Roles.All.Except(existing, StringComparer.Ordinal))
        {
            db.Roles.Add(new ApplicationRole(name!) { NormalizedName = name!.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
