using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace HanoiDvc.Infrastructure.Health;

/// <summary>
/// Ready when PostgreSQL answers <c>SELECT 1</c> on a connection from the application's pool (the same connection string
/// as the requests'). A restart of the server leaves the pool's idle connections broken, and each is found only when it is
/// used; so on a transient failure the pools' idle connections are dropped and the question is asked once more: a server
/// that is back is reported ready at once, one that is down is reported down.
/// </summary>
internal sealed class DatabaseHealthCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await AskAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (NpgsqlException ex) when (attempt == 1 && ex.IsTransient)
            {
                NpgsqlConnection.ClearAllPools();
            }
            catch (NpgsqlException ex)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "PostgreSQL does not answer.", ex);
            }
        }
    }

    private async Task AskAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
