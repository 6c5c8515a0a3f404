using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>
/// Refuses to migrate a database whose history names migrations this build does not have. That is a database migrated
/// before the migrations were squashed into one baseline (scripts/squash-migrations.sh): applying the baseline to it would
/// fail half-way on tables that exist, or, worse, skip changes it lacks. Say what to do instead.
/// </summary>
internal static class MigrationHistoryCheck
{
    public static async Task EnsureKnownHistoryAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        var known = database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await database.GetAppliedMigrationsAsync(cancellationToken)).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var baseline = known.Order(StringComparer.Ordinal).FirstOrDefault() ?? "none";
        var name = database.GetDbConnection().Database;
        throw new InvalidOperationException(
            $"Database '{name}' was migrated with migrations this version no longer has " +
            $"({(unknown.Count > 3 ? "…, " : "")}{string.Join(", ", unknown.TakeLast(3))}); they were squashed into the baseline " +
            $"migration {baseline}. A development or test database: drop it and migrate again (for ./run.sh: " +
            $"psql -h 127.0.0.1 -p 54329 -U postgres -c 'DROP DATABASE \"{name}\" WITH (FORCE)', then ./run.sh; " +
            "the reference data and development accounts come back, your own dossiers do not). " +
            "A database whose data must be kept: see the re-stamping step in scripts/squash-migrations.sh.");
    }
}
