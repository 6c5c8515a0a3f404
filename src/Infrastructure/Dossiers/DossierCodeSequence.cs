using HanoiDvc.Application.Common.Interfaces;

namespace HanoiDvc.Infrastructure.Dossiers;

/// <summary>
/// One statement bumps the counter row of (agency, day) or creates it: the row lock serialises concurrent receptions
/// across processes, and it belongs to the caller's transaction (a rollback returns the number).
/// </summary>
internal sealed class DossierCodeSequence(AppDbContext db) : IDossierCodeSequence
{
    public async Task<int> NextAsync(Guid agencyId, DateOnly localDay, CancellationToken cancellationToken)
    {
        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO dossier_code_counters (agency_id, day, last) VALUES ({agencyId}, {localDay}, 1)
            ON CONFLICT (agency_id, day) DO UPDATE SET last = dossier_code_counters.last + 1
            RETURNING last AS "Value"
            """).ToListAsync(cancellationToken);
        return next.Single();
    }
}
