using Hangfire;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Calendar;
using Microsoft.Extensions.Hosting;

namespace HanoiDvc.Infrastructure.Statistics;

/// <summary>Configuration section <c>Statistics</c>.</summary>
public sealed class StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>When the nightly rebuild runs (Hanoi time); default 00:30.</summary>
    public string RebuildCron { get; set; } = "30 0 * * *";

    /// <summary>How many past days the nightly rebuild recomputes (events are dated when they happen, so a few suffice).</summary>
    public int RebuildDaysBack { get; set; } = 7;

    /// <summary>How many days ahead it also recomputes: a dossier received out of hours is dated by the next working period.</summary>
    public int RebuildDaysAhead { get; set; } = 14;
}

/// <summary>The nightly rebuild of the statistics tables: the last <see cref="StatisticsOptions.RebuildDaysBack"/> days up to a few days ahead.</summary>
public sealed class StatisticsRebuildJob(IStatisticsRebuilder rebuilder, IOptions<StatisticsOptions> options, TimeProvider clock)
{
    /// <summary>Recurring job id.</summary>
    public const string JobId = "statistics-rebuild";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<StatisticsRebuildResult> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTimeZone.Today(clock.GetUtcNow());
        return rebuilder.RebuildAsync(today.AddDays(-options.Value.RebuildDaysBack), today.AddDays(options.Value.RebuildDaysAhead), cancellationToken);
    }
}

/// <summary>Registers (or updates) the nightly rebuild when a process with a Hangfire server starts.</summary>
internal sealed class StatisticsJobRegistration(IRecurringJobManager jobs, IOptions<StatisticsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<StatisticsRebuildJob>(StatisticsRebuildJob.JobId, job => job.RunAsync(CancellationToken.None), options.Value.RebuildCron,
            new RecurringJobOptions { TimeZone = VietnamTimeZone.Instance });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
