namespace HanoiDvc.Domain.Payments;

/// <summary>What a gateway's notification did to a payment (<see cref="Payment.ReceiveNotification"/>).</summary>
public enum GatewayVerdict
{
    /// <summary>Pending or expired → Paid: the money was taken (a notification after the link expired is still the gateway's word).</summary>
    Paid,

    /// <summary>Pending or expired → Failed: the payer cancelled or the bank refused; another payment may start.</summary>
    Failed,

    /// <summary>Already paid, failed or refunded: a replayed or duplicate notification changes nothing.</summary>
    AlreadySettled,

    /// <summary>The notification names another amount than the payment's: nothing changes, whatever its state.</summary>
    AmountMismatch,
}
