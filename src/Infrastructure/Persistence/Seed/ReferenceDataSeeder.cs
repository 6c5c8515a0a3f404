using System.Text.Json;
using HanoiDvc.Domain.Agencies;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>Loads the reference data shipped with the application (agencies). Idempotent: adds what is missing, keeps what is there.</summary>
public sealed class ReferenceDataSeeder(AppDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(CancellationToken cancellationToken)
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

    private static async Task<T> ReadAsync<T>(string name, CancellationToken cancellationToken)
    {
        var resource = $"{typeof(ReferenceDataSeeder).Namespace}.{name}";
        await using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Seed resource {resource} is missing from the build.");
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
            ?? throw new InvalidOperationException($"Seed resource {resource} is empty.");
    }
}
