using HanoiDvc.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace HanoiDvc.TestSupport;

/// <summary>
/// A real PostgreSQL database for one test project, on the cluster the test script started
/// (<c>HANOIDVC_TEST_POSTGRES</c>, default 127.0.0.1:54339). Migrated once, emptied between tests, reference data reloaded.
/// </summary>
public sealed class TestDatabase
{
    private Respawner? _respawner;

    public TestDatabase(string databaseName)
        : this(databaseName, Environment.GetEnvironmentVariable("HANOIDVC_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=54339;Username=postgres")
    {
    }

    /// <summary>A database on another server than the shared one (a cluster a test starts and stops itself).</summary>
    public TestDatabase(string databaseName, string server) =>
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = databaseName, IncludeErrorDetail = true }.ConnectionString;

    public string ConnectionString { get; }

    /// <summary>Drops what an earlier run left and creates the database empty. Call before the host starts: Hangfire prepares its schema on start.</summary>
    public async Task RecreateAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var name = builder.Database!;
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>Migrates and seeds through the application's own initializer, then learns which tables to empty between tests.</summary>
    public async Task InitializeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAndSeedAsync(CancellationToken.None);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The audit trail is append-only (a trigger refuses DELETE): its rows accumulate across tests, which filter by entity id.
            TablesToIgnore = [new Table("public", "__ef_migrations_history"), new Table("public", "audit_records")],
        });
    }

    /// <summary>Empties every application table and reloads the reference data, so each test starts from the shipped state.</summary>
    public async Task ResetAsync(IServiceProvider services)
    {
        if (_respawner is null)
        {
            throw new InvalidOperationException("InitializeAsync must run first.");
        }

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await _respawner.ResetAsync(connection);
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HanoiDvc.Infrastructure.Persistence.Seed.ReferenceDataSeeder>().SeedAsync(CancellationToken.None);
    }
}
