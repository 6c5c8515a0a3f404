using Hangfire;
using HanoiDvc.Application.Files;

namespace HanoiDvc.Infrastructure.Files;

/// <summary>The nightly collection of stored files that no row references (see <see cref="OrphanFileCollector"/>).</summary>
public sealed class OrphanFilesJob(OrphanFileCollector collector, IOptions<LocalFileStoreOptions> options)
{
    /// <summary>Recurring job id.</summary>
    public const string JobId = "orphan-files";

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<OrphanCollection> RunAsync(CancellationToken cancellationToken) =>
        collector.CollectAsync(TimeSpan.FromHours(options.Value.OrphanGraceHours), cancellationToken);
}
