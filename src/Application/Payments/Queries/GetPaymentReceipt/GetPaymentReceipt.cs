using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Documents;
using HanoiDvc.Application.Dossiers.Queries.GetDossierDocument;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Payments;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Payments.Queries.GetPaymentReceipt;

/// <summary>The receipt of a payment the gateway confirmed, as a PDF in Vietnamese (also after a refund, which it mentions).</summary>
[RequiresRole]
public sealed record GetPaymentReceipt(Guid DossierId, Guid PaymentId) : IRequest<DossierPdf>;

internal sealed class GetPaymentReceiptHandler(IAppDbContext db, ICurrentUser user, IDossierDocuments documents, IOptions<PublicSiteOptions> site)
    : IRequestHandler<GetPaymentReceipt, DossierPdf>
{
    public async Task<DossierPdf> Handle(GetPaymentReceipt request, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Visible(user).SingleOrDefaultAsync(d => d.Id == request.DossierId, cancellationToken)
            ?? throw DossierAccess.NotFound(request.DossierId);
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PaymentId && p.DossierId == dossier.Id, cancellationToken)
            ?? throw new NotFoundException("Payment", request.PaymentId);
        if (payment.Status is not (PaymentStatus.Paid or PaymentStatus.Refunded) || payment.CompletedAt is null)
        {
            throw new NotFoundException($"Payment {payment.OrderRef} is {payment.Status}: a receipt exists only once the gateway confirmed it.");
        }

        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == payment.AgencyId, cancellationToken);
        var version = await db.ProcedureVersions.AsNoTracking().SingleAsync(v => v.Id == dossier.ProcedureVersionId, cancellationToken);
        var code = dossier.Code?.Value ?? dossier.TrackingNumber ?? dossier.Id.ToString();
        var paidAt = Local(payment.CompletedAt.Value);
        var fees = dossier.PaymentTerms.Fees
            .Select(f => new DocumentFee(f.Name, f.AmountFor(dossier.FormData)))
            .Where(f => f.AmountVnd > 0).ToList();
        var refund = payment.RefundedAt is { } refundedAt
            ? $"Ghi chú: đã ghi nhận hoàn trả số tiền này ngày {Local(refundedAt):dd/MM/yyyy} ({payment.RefundReason})."
            : null;

        var pdf = documents.Render(new DossierDocument
        {
            Kind = DossierDocumentKind.PaymentReceipt,
            AgencyName = agency.Name,
            AgencyAddress = agency.Contact.Address,
            DossierCode = code,
            TrackingNumber = dossier.TrackingNumber,
            Applicant = new DocumentApplicant(dossier.ApplicantName, dossier.ApplicantCitizenId, null, dossier.FormData.GetValueOrDefault("phone")),
            ProcedureName = version.Name,
            Official = new DocumentOfficial(agency.Name, "Đơn vị thu"),
            Payment = new DocumentPayment(payment.OrderRef, payment.AmountVnd, paidAt, payment.Provider, payment.GatewayTransactionNo, payment.BankCode, fees, refund),
            LookupUrl = new Uri(site.Value.BaseUrl, $"/tra-cuu?ma={Uri.EscapeDataString(code)}"),
            IssuedPlace = "Hà Nội",
            IssuedOn = DateOnly.FromDateTime(paidAt),
        });
        return new DossierPdf($"bien-lai-{payment.OrderRef}.pdf", pdf);
    }

    private static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, VietnamTimeZone.Instance).DateTime;
}
