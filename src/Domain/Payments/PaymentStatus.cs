namespace HanoiDvc.Domain.Payments;

/// <summary>Where one online payment stands. Only the gateway's server-to-server notification moves it out of <see cref="Pending"/>.</summary>
public enum PaymentStatus
{
    /// <summary>The payer was sent to the gateway; no notification yet.</summary>
    Pending = 0,

    /// <summary>The gateway confirmed the money was taken.</summary>
    Paid = 1,

    /// <summary>The gateway reported a cancelled or failed payment.</summary>
    Failed = 2,

    /// <summary>Paid, then the refund was recorded (the dossier closed without a result, or the payment was not needed).</summary>
    Refunded = 3,
}
