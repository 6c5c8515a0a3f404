using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HanoiDvc.Infrastructure.Health;

/// <summary>Ready when Hangfire's storage answers a query (its schema exists and the database is reachable).</summary>
internal sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(HealthCheckResult.Healthy(
                $"{statistics.Servers} server(s), {statistics.Enqueued} enqueued, {statistics.Failed} failed job(s)."));
        }
#pragma warning disable CA1031 // A health check reports any failure instead of throwing.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage is unreachable.", ex));
        }
    }
}
