using Hangfire;
using Microsoft.Extensions.Hosting;
using HanoiDvc.Infrastructure.Files;

namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>Registers (or updates) the recurring jobs (the morning overdue check, the nightly orphan-file collection, catalogue versions coming into force) when a process with a Hangfire server starts.</summary>
internal sealed class RecurringJobsRegistration(
    IRecurringJobManager jobs, IOptions<ReminderOptions> options, IOptions<LocalFileStoreOptions> files,
    IOptions<Application.Dossiers.Common.UncollectedResultOptions> uncollected) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var hanoi = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone) };
        jobs.AddOrUpdate<OverdueCheckJob>(OverdueCheckJob.JobId, job => job.RunAsync(CancellationToken.None), options.Value.OverdueCheckCron, hanoi);
        jobs.AddOrUpdate<CollectionReminderJob>(CollectionReminderJob.JobId, job => job.RunAsync(CancellationToken.None), uncollected.Value.ReminderCron, hanoi);
        jobs.AddOrUpdate<OrphanFilesJob>(OrphanFilesJob.JobId, job => job.RunAsync(CancellationToken.None), files.Value.OrphanCollectionCron, hanoi);
        jobs.AddOrUpdate<Catalogue.ScheduledVersionsJob>(Catalogue.ScheduledVersionsJob.JobId, job => job.RunAsync(CancellationToken.None), "1 0 * * *", hanoi);
        jobs.AddOrUpdate<Payments.PaymentExpiryJob>(Payments.PaymentExpiryJob.JobId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        jobs.AddOrUpdate<Integrations.WebhookDeliveryJob>(Integrations.WebhookDeliveryJob.SweepJobId, job => job.SweepAsync(CancellationToken.None), Cron.Minutely());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
