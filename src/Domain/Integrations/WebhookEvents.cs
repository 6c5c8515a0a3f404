namespace HanoiDvc.Domain.Integrations;

/// <summary>The event names a webhook subscription can ask for (sent as <c>X-HanoiDvc-Event</c> and <c>type</c>).</summary>
public static class WebhookEvents
{
    public const string DossierSubmitted = "dossier.submitted";

    public const string DossierReceived = "dossier.received";

    public const string SupplementRequested = "dossier.supplement_requested";

    /// <summary>Resolved with approval: the result is ready.</summary>
    public const string DossierApproved = "dossier.approved";

    /// <summary>Resolved with a refusal.</summary>
    public const string DossierRefused = "dossier.refused";

    public const string ResultReturned = "dossier.result_returned";

    public const string PaymentConfirmed = "payment.confirmed";

    public static IReadOnlyList<string> All { get; } =
        [DossierSubmitted, DossierReceived, SupplementRequested, DossierApproved, DossierRefused, ResultReturned, PaymentConfirmed];

    /// <summary>
    /// The scope a client needs to receive <paramref name="eventType"/>: every event's payload describes a dossier (its
    /// code, status, agencies, source), which only <see cref="IntegratorScopes.DossiersRead"/> may read.
    /// </summary>
    public static string ScopeNeeded(string eventType) =>
        All.Contains(eventType, StringComparer.Ordinal) ? IntegratorScopes.DossiersRead : throw new ArgumentOutOfRangeException(nameof(eventType), eventType, "Not a webhook event.");
}
