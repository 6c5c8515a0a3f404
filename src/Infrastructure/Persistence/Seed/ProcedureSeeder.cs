using HanoiDvc.Application.Agencies;
using HanoiDvc.Domain.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>
/// Loads the published catalogue (<c>procedures/catalogue.json</c>) into an empty catalogue, each procedure as a published,
/// listed version 1 with the deciding level of the configured set-up. A catalogue that already has procedures is left
/// alone: from then on administrators own it.
/// </summary>
public sealed class ProcedureSeeder(AppDbContext db, IOptions<OrganisationOptions> options, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Procedures.AnyAsync(cancellationToken))
        {
            return;
        }

        var file = await SeedResources.ReadAsync<ProcedureSeedFile>("procedures/catalogue.json", cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var seed in file.Procedures)
        {
            var procedure = Procedure.Create(seed.Code, seed.ToContent(options.Value.Setup), now);
            procedure.Publish(now);
            db.Procedures.Add(procedure);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
