using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>Loads the reference data shipped with the application (agencies, roles). Idempotent: adds what is missing, keeps what is there.</summary>
public sealed class ReferenceDataSeeder(AppDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedAgenciesAsync(cancellationToken);
        await SeedRolesAsync(cancellationToken);
    }

    private async Task SeedAgenciesAsync(CancellationToken cancellationToken)
    {
        var file = await ReadAsync<AgencySeedFile>("agencies.json", cancellationToken);
        var existing = await db.Agencies.ToDictionaryAsync(a => a.Code, cancellationToken);

        // Parents come before children in the file, so one pass resolves every parent code.
        foreach (var seed in file.Agencies)
        {
            if (existing.ContainsKey(seed.Code))
            {
                continue;
            }

            Guid? parentId = seed.ParentCode is null ? null : existing[seed.ParentCode].Id;
            var agency = new Agency(seed.Code, seed.Name, parentId);
            db.Agencies.Add(agency);
            existing.Add(agency.Code, agency);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The roles the code knows (<see cref="Roles.All"/>), named as Identity's role manager would normalise them.</summary>
    private async Task SeedRolesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var name in Roles.All.Except(existing, StringComparer.Ordinal))
        {
            db.Roles.Add(new ApplicationRole(name!) { NormalizedName = name!.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(string name, CancellationToken cancellationToken)
    {
        var resource = $"{typeof(ReferenceDataSeeder).Namespace}.{name}";
        await using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Seed resource {resource} is missing from the build.");
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
            ?? throw new InvalidOperationException($"Seed resource {resource} is empty.");
    }
}
