using HanoiDvc.Domain.Payments;

namespace HanoiDvc.Application.Payments.Queries.GetPaymentReturn;

/// <summary>
/// The payer's browser comes back from the gateway: shows what the gateway said and what we recorded, and changes
/// nothing (only the notification moves money state). The raw return is stored. Anonymous: the browser may have lost
/// its session on the way; the signature is checked and only the payment's own outcome is shown.
/// </summary>
/// <param name="Provider">The gateway.</param>
/// <param name="Parameters">The parameters as received.</param>
/// <param name="Raw">The raw query string.</param>
public sealed record GetPaymentReturn(string Provider, IReadOnlyDictionary<string, string> Parameters, string Raw) : IRequest<PaymentReturnDto>;

/// <summary>What the payer is shown on coming back.</summary>
/// <param name="SignatureValid">Whether the gateway's signature verified; when not, nothing else is trustworthy and nothing else is shown.</param>
/// <param name="GatewaySucceeded">Whether the gateway says the money was taken.</param>
/// <param name="GatewayResponseCode">The gateway's code.</param>
/// <param name="DossierId">The dossier paid for.</param>
/// <param name="AmountVnd">The amount.</param>
/// <param name="Status">What we recorded: Pending while the notification has not arrived yet.</param>
public sealed record PaymentReturnDto(bool SignatureValid, bool GatewaySucceeded, string? GatewayResponseCode, Guid? DossierId, long? AmountVnd, PaymentStatus? Status);

internal sealed class GetPaymentReturnHandler(IAppDbContext db, IPaymentGateways gateways, TimeProvider clock) : IRequestHandler<GetPaymentReturn, PaymentReturnDto>
{
    public async Task<PaymentReturnDto> Handle(GetPaymentReturn request, CancellationToken cancellationToken)
    {
        var callback = gateways.Get(request.Provider).ReadCallback(request.Parameters);
        var payment = callback.SignatureValid && callback.OrderRef is not null
            ? await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.OrderRef == callback.OrderRef, cancellationToken)
            : null;
        var shown = callback.SignatureValid ? (payment?.Status.ToString() ?? "unknown order") : "invalid signature";
        db.GatewayMessages.Add(new GatewayMessage(request.Provider, GatewayMessageKind.BrowserReturn, callback.OrderRef, payment?.Id, request.Raw, shown, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return callback.SignatureValid
            ? new PaymentReturnDto(true, callback.Succeeded, callback.ResponseCode, payment?.DossierId, payment?.AmountVnd, payment?.Status)
            : new PaymentReturnDto(false, false, null, null, null, null);
    }
}
