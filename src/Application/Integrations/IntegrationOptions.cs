namespace HanoiDvc.Application.Integrations;

/// <summary>Configuration section <c>Integrations</c>: client credentials and webhook delivery.</summary>
public sealed class IntegrationOptions
{
    public const string Section = "Integrations";

    /// <summary>Lifetime of an integrator's access token (default 10 minutes).</summary>
    public int AccessTokenMinutes { get; set; } = 10;

    /// <summary>How long the previous secret stays valid after a rotation that does not revoke it (default 24 hours).</summary>
    public TimeSpan SecretOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Waits before the second, third… attempt of a webhook delivery; after the last one it is given up.</summary>
    public TimeSpan[] WebhookRetryDelays { get; set; } =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)];

    /// <summary>Consecutive failed attempts after which a subscription is disabled (default 10).</summary>
    public int WebhookDisableAfterFailures { get; set; } = 10;

    /// <summary>How long one webhook request may take.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an uploaded file may be named by the ingestion of its uploader (default 24 hours, the file store's grace period).</summary>
    public TimeSpan StagedFileLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Whether http:// webhook URLs on a loopback address are accepted (never in Production; https always is).</summary>
    public bool AllowHttpLoopbackWebhooks { get; set; }

    /// <summary>
    /// Whether webhooks may reach loopback, private, link-local and other non-public addresses
    /// (<c>Integrations:AllowPrivateNetworkWebhooks</c>). Unset: only in Development and Testing, whose receivers listen
    /// on loopback. Checked when a subscription names such an address and, what counts, on every connection.
    /// </summary>
    public bool? AllowPrivateNetworkWebhooks { get; set; }
}
