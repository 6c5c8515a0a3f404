using HanoiDvc.Application.Agencies;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>
/// Loads the catalogue of the configured set-up into an empty catalogue: the catalogue in force
/// (<c>procedures/catalogue.json</c>, two-tier) or the historical 2019–2020 list (<c>procedures/catalogue-2019.json</c>,
/// three-tier). Each entry becomes a published, listed version 1 in force from the file's (or the entry's) effective
/// date. A catalogue that already has procedures is left alone: from then on a change is a new version, made by
/// administrators.
/// </summary>
public sealed class ProcedureSeeder(AppDbContext db, IOptions<OrganisationOptions> options, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Procedures.AnyAsync(cancellationToken))
        {
            return;
        }

        var setup = options.Value.Setup;
        var file = await SeedResources.ReadAsync<ProcedureSeedFile>(ProcedureSeedFile.PathFor(setup), cancellationToken);
        if (file.Setup != setup)
        {
            throw new InvalidOperationException($"{ProcedureSeedFile.PathFor(setup)} is for the {file.Setup} set-up, not {setup}.");
        }

        var now = clock.GetUtcNow();
        foreach (var seed in file.Procedures)
        {
            var procedure = Procedure.Create(seed.Code, seed.ToContent(), now);
            // In force since the date of its publication; the seed loads what is already in force, never a future change.
            procedure.Publish(now, Min(seed.EffectiveFrom ?? file.EffectiveFrom, Domain.Calendar.VietnamTimeZone.Today(now)));
            db.Procedures.Add(procedure);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
