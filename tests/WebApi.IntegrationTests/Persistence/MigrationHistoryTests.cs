using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HanoiDvc.WebApi.IntegrationTests.Persistence;

/// <summary>The migrations were squashed into one baseline: a database migrated before that is refused with instructions, not half-migrated.</summary>
public sealed class MigrationHistoryTests : ApiTestFixture
{
    [Test]
    public async Task MigratingADatabaseWhoseHistoryNamesASquashedMigration_IsRefusedWithWhatToDo()
    {
        await ExecuteAsync("INSERT INTO __ef_migrations_history (migration_id, product_version) VALUES ('20261206235401_PendingPaymentsExpiryIndex', '10.0.15')");
        try
        {
            await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
            var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();

            var error = await Should.ThrowAsync<InvalidOperationException>(() => initializer.MigrateAndSeedAsync(CancellationToken.None));

            error.Message.ShouldContain("20261206235401_PendingPaymentsExpiryIndex");
            error.Message.ShouldContain("squashed into the baseline migration");
            error.Message.ShouldContain("DROP DATABASE");
        }
        finally
        {
            await ExecuteAsync("DELETE FROM __ef_migrations_history WHERE migration_id = '20261206235401_PendingPaymentsExpiryIndex'");
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ApiHost.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
