namespace HanoiDvc.Domain.Payments;

/// <summary>Where one online payment stands. Only the gateway's server-to-server notification moves it to Paid or Failed; a link left unused expires.</summary>
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

    /// <summary>
    /// The payment link expired (<see cref="Payment.ExpiresAt"/>) with no notification: the gateway no longer takes it. A
    /// notification that still comes later is authoritative and moves it to <see cref="Paid"/> or <see cref="Failed"/>.
    /// </summary>
    Expired = 4,
}
