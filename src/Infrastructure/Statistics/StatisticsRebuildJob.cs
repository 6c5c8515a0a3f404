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

    /// <summary>
    /// When today's rows are recomputed (Hanoi time); default every minute. The figures count live only what happened since,
    /// so a request costs what the last minutes cost, not what the whole day does (decision 0037).
    /// </summary>
    public string TodayCron { get; set; } = "* * * * *";

    /// <summary>
    /// How long before a rebuild's own instant its rows stop (seconds, default 60): the events of those last moments are
    /// counted live until the next rebuild, so one stamped just before the rebuild but committed after its snapshot is never lost.
    /// </summary>
    public int SettleSeconds { get; set; } = 60;

    public TimeSpan Settle => TimeSpan.FromSeconds(SettleSeconds);
}

/// <summary>The rebuilds of the statistics tables: nightly, the last <see cref="StatisticsOptions.RebuildDaysBack"/> days up to a few days ahead; every minute, today.</summary>
public sealed class StatisticsRebuildJob(IStatisticsRebuilder rebuilder, IOptions<StatisticsOptions> options, TimeProvider clock)
{
    /// <summary>Recurring job id.</summary>
    public const string JobId = "statistics-rebuild";

    /// <summary>Recurring job id of today's rows.</summary>
    public const string TodayJobId = "statistics-today";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<StatisticsRebuildResult> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTimeZone.Today(clock.GetUtcNow());
        return rebuilder.RebuildAsync(today.AddDays(-options.Value.RebuildDaysBack), today.AddDays(options.Value.RebuildDaysAhead), cancellationToken);
    }

    /// <summary>
    /// Today's rows, up to a moment ago (from the day the tables were covered until, when the day changed since). A failed
    /// run is not retried: the next one, a minute later, does the same.
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public Task<StatisticsRebuildResult> RunTodayAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTimeZone.Today(clock.GetUtcNow());
        return rebuilder.RebuildAsync(today, today, cancellationToken);
    }
}

/// <summary>Registers (or updates) the two rebuilds when a process with a Hangfire server starts.</summary>
internal sealed class StatisticsJobRegistration(IRecurringJobManager jobs, IOptions<StatisticsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<StatisticsRebuildJob>(StatisticsRebuildJob.JobId, job => job.RunAsync(CancellationToken.None), options.Value.RebuildCron,
            new RecurringJobOptions { TimeZone = VietnamTimeZone.Instance });
        jobs.AddOrUpdate<StatisticsRebuildJob>(StatisticsRebuildJob.TodayJobId, job => job.RunTodayAsync(CancellationToken.None), options.Value.TodayCron,
            new RecurringJobOptions { TimeZone = VietnamTimeZone.Instance });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
