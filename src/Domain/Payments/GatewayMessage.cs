namespace HanoiDvc.Domain.Payments;

/// <summary>
/// A message exchanged with a payment gateway, kept raw and untouched for reconciliation: every notification and every
/// browser return, whether it verified or not, and every payment request sent.
/// </summary>
public sealed class GatewayMessage
{
    private GatewayMessage() { }

    public GatewayMessage(string provider, GatewayMessageKind kind, string? orderRef, Guid? paymentId, string raw, string outcome, DateTimeOffset receivedAt)
    {
        Id = Guid.CreateVersion7();
        Provider = provider;
        Kind = kind;
        OrderRef = orderRef is { Length: > 100 } ? orderRef[..100] : orderRef;
        PaymentId = paymentId;
        Raw = raw;
        Outcome = outcome;
        ReceivedAt = receivedAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    /// <summary>The gateway (<c>vnpay</c>…).</summary>
    public string Provider { get; private set; } = null!;

    public GatewayMessageKind Kind { get; private set; }

    /// <summary>The order reference the message names, as sent (it may name no payment of ours).</summary>
    public string? OrderRef { get; private set; }

    /// <summary>The payment it concerns, when the order reference matched one.</summary>
    public Guid? PaymentId { get; private set; }

    /// <summary>The message exactly as received or sent (the query string for VNPay).</summary>
    public string Raw { get; private set; } = null!;

    /// <summary>What we made of it (e.g. the answer code given to the gateway).</summary>
    public string Outcome { get; private set; } = null!;

    public DateTimeOffset ReceivedAt { get; private set; }
}

/// <summary>Which way a gateway message went.</summary>
public enum GatewayMessageKind
{
    /// <summary>The payment request (redirect URL) we signed.</summary>
    Request = 0,

    /// <summary>The gateway's server-to-server notification (authoritative).</summary>
    Notification = 1,

    /// <summary>The payer's browser coming back (shows the outcome only).</summary>
    BrowserReturn = 2,
}
