namespace HanoiDvc.Application.Integrations.Webhooks;

/// <summary>Queues delivery attempts as background jobs (Hangfire behind it).</summary>
public interface IWebhookScheduler
{
    /// <summary>Runs an attempt of <paramref name="deliveryId"/> at <paramref name="at"/> (now when null).</summary>
    void Schedule(Guid deliveryId, DateTimeOffset? at = null);
}
