namespace HanoiDvc.Domain.Dossiers;

/// <summary>Where a dossier stands with its fees paid online ("nghĩa vụ tài chính").</summary>
public enum DossierPaymentStatus
{
    /// <summary>Nothing to pay online: no fee, a procedure without online payment, a counter submission, or a dossier closed unpaid.</summary>
    NotDue = 0,

    /// <summary>The amount fixed at submission waits for an online payment.</summary>
    Due = 1,

    /// <summary>A gateway confirmed the payment of the whole amount.</summary>
    Paid = 2,

    /// <summary>Paid, then closed without a result (not received, refused, stopped, withdrawn): the refund is recorded; the money moves outside the system.</summary>
    Refunded = 3,
}
