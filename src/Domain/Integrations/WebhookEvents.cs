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
}
