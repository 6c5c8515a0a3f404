using HanoiDvc.Application.Agencies;
using HanoiDvc.Domain.Agencies;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>
/// Loads the levels and the agency tree of the configured set-up. Adds what is missing and leaves existing rows
/// (and administrators' edits) alone. A database seeded under one set-up refuses the other.
/// </summary>
public sealed class AgencySeeder(AppDbContext db, IOptions<OrganisationOptions> options)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var setup = options.Value.Setup;
        if (setup is not (OrganisationOptions.TwoTier or OrganisationOptions.ThreeTier))
        {
            throw new InvalidOperationException($"Organisation:Setup must be '{OrganisationOptions.TwoTier}' or '{OrganisationOptions.ThreeTier}', not '{setup}'.");
        }

        var file = await SeedResources.ReadAsync<AgencySeedFile>($"agencies/{setup}.json", cancellationToken);
        await EnsureSameSetupAsync(file, cancellationToken);

        var levels = await db.AdministrativeLevels.Select(l => l.Code).ToListAsync(cancellationToken);
        db.AdministrativeLevels.AddRange(file.Levels
            .Where(l => !levels.Contains(l.Code))
            .Select(l => new AdministrativeLevel(l.Code, l.Name, l.NameEn, l.Rank)));

        var existing = await db.Agencies.ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        foreach (var seed in file.Agencies.Where(s => !existing.ContainsKey(s.Code)))
        {
            // Parents come before their children in the file, so one pass resolves every parent code.
            Guid? parentId = seed.ParentCode is null ? null : existing[seed.ParentCode];
            var contact = new AgencyContact(seed.Address, seed.Phone, seed.Email, seed.ReceptionHours);
            var agency = new Agency(seed.Code, seed.Name, seed.NameEn, seed.Kind, seed.Level, parentId, contact, seed.Receives, seed.Decides, seed.CodeVerified, seed.CodeSource);
            db.Agencies.Add(agency);
            existing.Add(agency.Code, agency.Id);
        }

        await RecordCodeSourcesAsync(file, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Rows seeded before the code's verification was recorded have neither flag nor source: they get the file's. A row
    /// whose code was marked verified, or whose source was written, is left alone.
    /// </summary>
    private async Task RecordCodeSourcesAsync(AgencySeedFile file, CancellationToken cancellationToken)
    {
        var seeds = file.Agencies.Where(s => s.CodeSource is not null).ToDictionary(s => s.Code);
        var unrecorded = await db.Agencies.Where(a => !a.CodeVerified && a.CodeSource == null).ToListAsync(cancellationToken);
        foreach (var agency in unrecorded.Where(a => seeds.ContainsKey(a.Code)))
        {
            var seed = seeds[agency.Code];
            agency.SetCodeVerification(seed.CodeVerified, seed.CodeSource);
        }
    }

    private async Task EnsureSameSetupAsync(AgencySeedFile file, CancellationToken cancellationToken)
    {
        var seededLevels = await db.AdministrativeLevels.Select(l => l.Code).ToListAsync(cancellationToken);
        var foreign = seededLevels.Except(file.Levels.Select(l => l.Code)).ToList();
        if (foreign.Count > 0)
        {
            throw new InvalidOperationException(
                $"This database holds levels ({string.Join(", ", foreign)}) that the '{file.Setup}' set-up does not have: it was seeded under the other set-up. Use a new database to switch.");
        }
    }
}
