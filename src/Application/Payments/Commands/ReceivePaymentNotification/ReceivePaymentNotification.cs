using HanoiDvc.Domain.Payments;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.Application.Payments.Commands.ReceivePaymentNotification;

/// <summary>
/// A gateway's server-to-server notification (VNPay IPN), the only thing that moves money state. Anonymous but verified:
/// the signature, then the order, the amount and the state. Confirming is a conditional update (the payment's concurrency
/// token), so a replayed or concurrent notification changes nothing and is told "already confirmed". The raw message is
/// always stored. No role: the gateway is not a signed-in user; the signature is its credential.
/// </summary>
/// <param name="Provider">The gateway that sent it.</param>
/// <param name="Parameters">The parameters exactly as received.</param>
/// <param name="Raw">The raw query string, stored for reconciliation.</param>
public sealed record ReceivePaymentNotification(string Provider, IReadOnlyDictionary<string, string> Parameters, string Raw) : IRequest<NotificationOutcome>;

/// <summary>What the notification did; each gateway answers it in its own words (VNPay: RspCode).</summary>
public enum NotificationOutcome
{
    /// <summary>Recorded: the payment is now paid, or failed as the gateway said.</summary>
    Confirmed,

    /// <summary>No payment has this order reference.</summary>
    OrderNotFound,

    /// <summary>The payment was already confirmed or failed: nothing changed.</summary>
    AlreadyConfirmed,

    /// <summary>The amount is not the payment's.</summary>
    InvalidAmount,

    /// <summary>The signature did not verify: nothing was read.</summary>
    InvalidSignature,

    /// <summary>Anything else; the gateway will retry.</summary>
    Error,
}

internal sealed partial class ReceivePaymentNotificationHandler(IAppDbContext db, IPaymentGateways gateways, TimeProvider clock, ILogger<ReceivePaymentNotificationHandler> logger)
    : IRequestHandler<ReceivePaymentNotification, NotificationOutcome>
{
    private const int Attempts = 3;

    public async Task<NotificationOutcome> Handle(ReceivePaymentNotification request, CancellationToken cancellationToken)
    {
        var callback = gateways.Get(request.Provider).ReadCallback(request.Parameters);
        for (var attempt = 1; ; attempt++)
        {
            db.DiscardChanges();
            var (outcome, payment) = await DecideAsync(callback, cancellationToken);
            db.GatewayMessages.Add(new GatewayMessage(request.Provider, GatewayMessageKind.Notification, callback.OrderRef, payment?.Id, request.Raw, outcome.ToString(), clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return outcome;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another notification (a replay) or an official changed the payment or the dossier first: decide again on the new state.
                LogRetry(logger, callback.OrderRef, attempt);
            }
        }
    }

    private async Task<(NotificationOutcome, Payment?)> DecideAsync(GatewayCallback callback, CancellationToken cancellationToken)
    {
        if (!callback.SignatureValid)
        {
            return (NotificationOutcome.InvalidSignature, null);
        }

        var payment = callback.OrderRef is null ? null : await db.Payments.SingleOrDefaultAsync(p => p.OrderRef == callback.OrderRef, cancellationToken);
        if (payment is null)
        {
            return (NotificationOutcome.OrderNotFound, null);
        }

        // The decision table (amount × state × gateway's word) is the payment's own; a confirmed payment settles the dossier's fees.
        var now = clock.GetUtcNow();
        var verdict = payment.ReceiveNotification(new GatewayNotice(callback.Succeeded, callback.AmountVnd, callback.TransactionNo, callback.BankCode, callback.ResponseCode), now);
        if (verdict == GatewayVerdict.Paid)
        {
            payment.SettleFeesOf(await db.Dossiers.SingleAsync(d => d.Id == payment.DossierId, cancellationToken), now);
        }

        return (verdict switch
        {
            GatewayVerdict.AmountMismatch => NotificationOutcome.InvalidAmount,
            GatewayVerdict.AlreadySettled => NotificationOutcome.AlreadyConfirmed,
            _ => NotificationOutcome.Confirmed,
        }, payment);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment notification for {OrderRef} lost a race (attempt {Attempt}); deciding again")]
    private static partial void LogRetry(ILogger logger, string? orderRef, int attempt);
}
