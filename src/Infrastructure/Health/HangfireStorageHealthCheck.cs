using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace HanoiDvc.Infrastructure.Health;

/// <summary>
/// Ready when Hangfire's storage answers a query (its schema exists and the database is reachable). Like
/// <see cref="DatabaseHealthCheck"/>, a transient failure drops the pools' idle connections (a restart of the server broke
/// them) and asks once more.
/// </summary>
internal sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Task.FromResult(Ask());
            }
            catch (NpgsqlException ex) when (attempt == 1 && ex.IsTransient)
            {
                NpgsqlConnection.ClearAllPools();
            }
#pragma warning disable CA1031 // A health check reports any failure instead of throwing.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage is unreachable.", ex));
            }
        }
    }

    private HealthCheckResult Ask()
    {
        var statistics = storage.GetMonitoringApi().GetStatistics();
        return HealthCheckResult.Healthy($"{statistics.Servers} server(s), {statistics.Enqueued} enqueued, {statistics.Failed} failed job(s).");
    }
}
