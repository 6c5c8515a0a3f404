using Hangfire.PostgreSql;
using HanoiDvc.Infrastructure.BackgroundJobs;
using HanoiDvc.Infrastructure.Persistence.Seed;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>Applies pending migrations, loads reference data and installs Hangfire's schema. Used by the <c>migrate</c> command and by tests, never by a Production API on start-up.</summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db, ReferenceDataSeeder seeder, IOptions<HangfireOptions> hangfire, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await db.Database.EnsureKnownHistoryAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await seeder.SeedAsync(cancellationToken);
        await InstallHangfireSchemaAsync(cancellationToken);
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var latest = applied.LastOrDefault() ?? "none";
        LogMigrated(logger, latest);
    }

    /// <summary>Hangfire keeps its own tables in its own schema; its installer is idempotent and upgrades older schemas.</summary>
    private async Task InstallHangfireSchemaAsync(CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            PostgreSqlObjectsInstaller.Install(connection, hangfire.Value.Schema);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database is at migration {Migration}; reference data loaded")]
    private static partial void LogMigrated(ILogger logger, string migration);
}
