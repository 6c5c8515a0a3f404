using System.Diagnostics;
using System.Globalization;
using System.Security.Authentication;
using System.Text;
using Hangfire;
using HanoiDvc.Application.Integrations;
using HanoiDvc.Application.Integrations.Webhooks;
using HanoiDvc.Domain.Integrations;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.Infrastructure.Integrations;

/// <summary>
/// One attempt of a webhook delivery (a Hangfire job). It first claims the delivery (pending and due) by moving its next
/// attempt past this one's time-out, so two jobs for one delivery never post together; posts the signed payload; logs the
/// attempt; and on failure schedules the next attempt after the configured back-off (1 min, 5, 30, 2 h, 12 h by default)
/// or gives up. Consecutive failures of a subscription disable it at <see cref="IntegrationOptions.WebhookDisableAfterFailures"/>.
/// </summary>
public sealed partial class WebhookDeliveryJob(
    AppDbContext db, IHttpClientFactory httpClients, IWebhookScheduler scheduler, TimeProvider clock, IOptions<IntegrationOptions> options,
    ILogger<WebhookDeliveryJob> logger)
{
    public const string HttpClientName = "webhooks";

    public const string SweepJobId = "webhook-sweep";

    /// <summary>How long the job waits for the row of a delivery whose outbox transaction has not committed yet.</summary>
    private static readonly TimeSpan CommitWait = TimeSpan.FromSeconds(10);

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        if (!await WaitForRowAsync(deliveryId, cancellationToken))
        {
            return; // its outbox transaction rolled back: the retried message makes a new delivery
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var lease = now + settings.WebhookTimeout + TimeSpan.FromSeconds(30);
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == deliveryId && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, lease), cancellationToken);
        if (claimed == 0)
        {
            return; // delivered, given up, not yet due, or another job holds it
        }

        var delivery = await db.WebhookDeliveries.Include(d => d.Attempts).SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var subscription = await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
        if (!subscription.IsActive)
        {
            delivery.GiveUp();
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var (statusCode, error, duration) = await PostAsync(subscription, delivery, cancellationToken);
        var succeeded = statusCode is >= 200 and < 300;
        var delays = settings.WebhookRetryDelays;
        TimeSpan? retryAfter = succeeded || delivery.AttemptCount >= delays.Length ? null : delays[delivery.AttemptCount];
        delivery.Record(now, duration, statusCode, succeeded ? null : error ?? WebhookFailure.ForStatus(statusCode!.Value), retryAfter);
        if (!succeeded && await RecordFailureAsync(subscription.Id, settings.WebhookDisableAfterFailures, cancellationToken))
        {
            delivery.GiveUp();
        }

        await db.SaveChangesAsync(cancellationToken);
        if (succeeded)
        {
            // Counters change in SQL, not through the tracked row: many jobs of one subscription run at once.
            await db.WebhookSubscriptions.Where(s => s.Id == subscription.Id && s.ConsecutiveFailures != 0)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsecutiveFailures, 0), cancellationToken);
        }

        if (delivery.Status == WebhookDeliveryStatus.Pending && delivery.NextAttemptAt is { } next)
        {
            scheduler.Schedule(delivery.Id, next);
        }
    }

    /// <summary>
    /// Sends again every pending delivery whose attempt is more than a minute overdue (its job was lost: a crash between
    /// the claim and the save, a worker stopped). Runs every minute.
    /// </summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var overdue = clock.GetUtcNow() - TimeSpan.FromMinutes(1);
        var stuck = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt < overdue)
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(500).ToListAsync(cancellationToken);
        foreach (var id in stuck)
        {
            scheduler.Schedule(id);
        }
    }

    /// <summary>Counts a failed attempt; true when this one disabled the subscription.</summary>
    private async Task<bool> RecordFailureAsync(Guid subscriptionId, int disableAfter, CancellationToken cancellationToken)
    {
        await db.WebhookSubscriptions.Where(s => s.Id == subscriptionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsecutiveFailures, x => x.ConsecutiveFailures + 1), cancellationToken);
        var disabledAt = clock.GetUtcNow();
        var disabled = await db.WebhookSubscriptions
            .Where(s => s.Id == subscriptionId && s.DisabledAt == null && s.ConsecutiveFailures >= disableAfter)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.DisabledAt, disabledAt)
                .SetProperty(x => x.DisabledReason, $"{disableAfter} or more consecutive failed deliveries"), cancellationToken) > 0;
        if (disabled)
        {
            LogDisabled(logger, subscriptionId, disableAfter);
        }

        return disabled;
    }

    private async Task<bool> WaitForRowAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (!await db.WebhookDeliveries.AsNoTracking().AnyAsync(d => d.Id == deliveryId, cancellationToken))
        {
            if (waited.Elapsed > CommitWait)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }

        return true;
    }

    private async Task<(int? StatusCode, string? Error, TimeSpan Duration)> PostAsync(WebhookSubscription subscription, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Header(subscription.SigningSecretsAt(now), now, delivery.Payload));
        request.Headers.TryAddWithoutValidation(WebhookSignature.EventHeader, delivery.EventType);
        request.Headers.TryAddWithoutValidation(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
        request.Headers.TryAddWithoutValidation("X-HanoiDvc-Attempt", (delivery.AttemptCount + 1).ToString(CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.WebhookTimeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, null, watch.Elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var failure = FailureOf(ex);
            if (failure == WebhookFailure.DestinationRefused)
            {
                LogRefused(logger, delivery.Id, subscription.Id);
            }

            return (null, failure, watch.Elapsed);
        }
    }

    /// <summary>The class of a request that got no answer; the exception's message (addresses, ports, certificate names) stays out of the log.</summary>
    private static string FailureOf(Exception error)
    {
        var causes = new List<Exception>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            causes.Add(e);
        }

        return error is TaskCanceledException ? WebhookFailure.Timeout
            : causes.Any(e => e is WebhookDestinationRefusedException) ? WebhookFailure.DestinationRefused
            : error is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } || causes.Any(e => e is AuthenticationException)
                ? WebhookFailure.TlsFailed
            : WebhookFailure.ConnectionFailed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} of subscription {SubscriptionId} refused: its host is not a public address")]
    private static partial void LogRefused(ILogger logger, Guid deliveryId, Guid subscriptionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} disabled after {Failures} consecutive failed deliveries")]
    private static partial void LogDisabled(ILogger logger, Guid subscriptionId, int failures);
}

/// <summary><see cref="IWebhookScheduler"/> on Hangfire.</summary>
internal sealed class HangfireWebhookScheduler(IBackgroundJobClient jobs, TimeProvider clock) : IWebhookScheduler
{
    public void Schedule(Guid deliveryId, DateTimeOffset? at = null)
    {
        if (at is { } when && when > clock.GetUtcNow())
        {
            jobs.Schedule<WebhookDeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None), when);
        }
        else
        {
            jobs.Enqueue<WebhookDeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None));
        }
    }
}
