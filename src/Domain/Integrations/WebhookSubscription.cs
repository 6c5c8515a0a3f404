namespace HanoiDvc.Domain.Integrations;

/// <summary>
/// Where an API client wants events of its agencies' dossiers delivered, signed with a secret of this subscription.
/// After a configured number of consecutive failed attempts it is disabled (by the delivery job, in SQL, since many
/// deliveries of one subscription run at once) until the client enables it again.
/// </summary>
public sealed class WebhookSubscription
{
    private readonly List<string> _events = [];

    private WebhookSubscription() { }

    public Guid Id { get; private set; }

    public Guid ClientId { get; private set; }

    public string Url { get; private set; } = null!;

    /// <summary>The events it receives (see <see cref="WebhookEvents"/>).</summary>
    public IReadOnlyList<string> Events => _events.AsReadOnly();

    /// <summary>The HMAC-SHA256 key of the signatures; needed in clear to sign, shown to the client once.</summary>
    public string SigningSecret { get; private set; } = null!;

    /// <summary>The key replaced by the last rotation, still signing alongside the new one until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousSigningSecret { get; private set; }

    /// <summary>When <see cref="PreviousSigningSecret"/> stops signing (UTC); null when there is none.</summary>
    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    /// <summary>When it was disabled (by the client or after too many failures); null while active.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public string? DisabledReason { get; private set; }

    public bool IsActive => DisabledAt is null;

    /// <exception cref="DomainException"><c>webhook.invalid</c>.</exception>
    public static WebhookSubscription Create(Guid clientId, Uri url, IEnumerable<string> events, string signingSecret, DateTimeOffset now)
    {
        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(),
            ClientId = clientId,
            SigningSecret = signingSecret,
            CreatedAt = now.ToUniversalTime(),
        };
        subscription.Change(url, events);
        return subscription;
    }

    /// <exception cref="DomainException"><c>webhook.invalid</c>.</exception>
    public void Change(Uri url, IEnumerable<string> events)
    {
        ArgumentNullException.ThrowIfNull(url);
        var list = events.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0 || list.Any(e => !WebhookEvents.All.Contains(e, StringComparer.Ordinal)))
        {
            throw new DomainException("webhook.invalid", $"Choose one or more of: {string.Join(", ", WebhookEvents.All)}.");
        }

        Url = url.ToString();
        _events.Clear();
        _events.AddRange(list);
    }

    /// <summary>
    /// Replaces the signing secret. With an <paramref name="overlap"/> the old one keeps signing next to the new one that
    /// long, so the receiver can switch keys without refusing a delivery; with none it stops at once (a leaked secret).
    /// </summary>
    public void RotateSecret(string newSecret, TimeSpan overlap, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newSecret);
        var keepOld = overlap > TimeSpan.Zero;
        PreviousSigningSecret = keepOld ? SigningSecret : null;
        PreviousSecretExpiresAt = keepOld ? now.ToUniversalTime() + overlap : null;
        SigningSecret = newSecret;
    }

    /// <summary>The secrets a delivery sent at <paramref name="now"/> is signed with: the current one first, then the previous one while it lasts.</summary>
    public IReadOnlyList<string> SigningSecretsAt(DateTimeOffset now) =>
        PreviousSigningSecret is not null && PreviousSecretExpiresAt > now ? [SigningSecret, PreviousSigningSecret] : [SigningSecret];

    public bool Wants(string eventName) => IsActive && _events.Contains(eventName, StringComparer.Ordinal);

    public void Disable(DateTimeOffset now, string reason)
    {
        DisabledAt ??= now.ToUniversalTime();
        DisabledReason = reason;
    }

    public void Enable()
    {
        DisabledAt = null;
        DisabledReason = null;
        ConsecutiveFailures = 0;
    }
}
