using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>Registers (or updates) the recurring jobs when a process with a Hangfire server starts.</summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager jobs, IOptions<ReminderOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<OverdueCheckJob>(
            OverdueCheckJob.JobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.OverdueCheckCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone) });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
