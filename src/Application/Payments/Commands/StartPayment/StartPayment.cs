using HanoiDvc.Application.Payments.Common;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Payments;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Payments.Commands.StartPayment;

/// <summary>
/// The applicant starts paying a level-4 dossier's fees online: a pending payment of the amount fixed at submission, and
/// the gateway's signed address to send the browser to. Only the gateway's notification will change the payment.
/// </summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="PayerIp">The payer's IP address, passed to the gateway.</param>
/// <param name="Locale"><c>vn</c> (default) or <c>en</c>.</param>
[RequiresRole(Roles.Citizen, Roles.Organisation)]
public sealed record StartPayment(Guid DossierId, string PayerIp, string? Locale) : IRequest<StartedPaymentDto>;

/// <summary>A payment started: where to send the payer.</summary>
public sealed record StartedPaymentDto(Guid PaymentId, string OrderRef, long AmountVnd, Uri RedirectUrl, DateTimeOffset ExpiresAt);

internal sealed class StartPaymentHandler(IAppDbContext db, ICurrentUser user, IPaymentGateways gateways, TimeProvider clock, IOptions<PaymentSettings> settings)
    : IRequestHandler<StartPayment, StartedPaymentDto>
{
    public async Task<StartedPaymentDto> Handle(StartPayment request, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Visible(user).SingleOrDefaultAsync(d => d.Id == request.DossierId, cancellationToken)
            ?? throw DossierAccess.NotFound(request.DossierId);
        var amount = dossier.EnsurePayableOnline(DossierActors.From(user));

        var now = clock.GetUtcNow();
        var gateway = gateways.Default;
        var businessDate = VietnamTimeZone.Today(now);
        var payment = Payment.Start(dossier.Id, dossier.ReceivingAgencyId, dossier.ApplicantId, gateway.Provider, amount, now, businessDate, now + settings.Value.PaymentWindow);
        var url = gateway.CreatePaymentUrl(new PaymentOrder(
            payment.OrderRef, amount, $"Thanh toan phi ho so {dossier.Reference}", now, payment.ExpiresAt, request.PayerIp,
            request.Locale == "en" ? "en" : "vn"));
        db.Payments.Add(payment);
        db.GatewayMessages.Add(new GatewayMessage(gateway.Provider, GatewayMessageKind.Request, payment.OrderRef, payment.Id, url.Query, "sent", now));
        await db.SaveChangesAsync(cancellationToken);
        return new StartedPaymentDto(payment.Id, payment.OrderRef, amount, url, payment.ExpiresAt);
    }
}
