using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Documents;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Queries.GetDossierDocument;

/// <summary>
/// A form of Thông tư 01/2018/TT-VPCP for a dossier as a PDF: the receipt (01), the supplement request (02), the rejection
/// (03) or the apology (04) — each only once the step it records has happened.
/// </summary>
[RequiresRole]
public sealed record GetDossierDocument(Guid Id, DossierDocumentKind Kind) : IRequest<DossierPdf>;

/// <summary>A rendered form.</summary>
public sealed record DossierPdf(string FileName, byte[] Content);

internal sealed class GetDossierDocumentHandler(IAppDbContext db, ICurrentUser user, IDossierDocuments documents, IOptions<PublicSiteOptions> site)
    : IRequestHandler<GetDossierDocument, DossierPdf>
{
    private static readonly Dictionary<DossierDocumentKind, (DossierAction Step, string Title, string File)> Forms = new()
    {
        [DossierDocumentKind.Receipt] = (DossierAction.Receive, "Cán bộ tiếp nhận", "giay-tiep-nhan"),
        [DossierDocumentKind.SupplementRequest] = (DossierAction.RequestSupplement, "Cán bộ tiếp nhận", "phieu-yeu-cau-bo-sung"),
        [DossierDocumentKind.Rejection] = (DossierAction.RejectAtReception, "Cán bộ tiếp nhận", "phieu-tu-choi-tiep-nhan"),
        [DossierDocumentKind.Apology] = (DossierAction.IssueApology, "Lãnh đạo", "phieu-xin-loi"),
    };

    public async Task<DossierPdf> Handle(GetDossierDocument request, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Steps).Visible(user)
            .SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken) ?? throw DossierAccess.NotFound(request.Id);
        // The payment receipt is a document of a payment, served with the payments (GetPaymentReceipt).
        var form = Forms.TryGetValue(request.Kind, out var known) ? known : throw new NotFoundException($"{request.Kind} is not a form of the dossier itself.");
        var step = dossier.Steps.Where(s => s.Action == form.Step).MaxBy(s => s.Sequence)
            ?? throw new NotFoundException($"No {request.Kind} exists yet for this dossier.");
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == dossier.ReceivingAgencyId, cancellationToken);
        var version = await db.ProcedureVersions.AsNoTracking().SingleAsync(v => v.Id == dossier.ProcedureVersionId, cancellationToken);
        var code = dossier.Code?.Value ?? dossier.TrackingNumber ?? dossier.Id.ToString();
        var lines = (step.Comment ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var pdf = documents.Render(new DossierDocument
        {
            Kind = request.Kind,
            AgencyName = agency.Name,
            AgencyAddress = agency.Contact.Address,
            DossierCode = code,
            TrackingNumber = dossier.TrackingNumber,
            Applicant = new DocumentApplicant(dossier.ApplicantName, dossier.ApplicantCitizenId, null, dossier.FormData.GetValueOrDefault("phone")),
            ProcedureName = version.Name,
            ReceivedDocuments = version.Content.Documents.Select(d => new ReceivedDocument(d.Name, d.Count)).ToList(),
            ReceivedAt = Local(dossier.ReceivedAt),
            AppointmentAt = Local(dossier.AppointmentAt),
            MissingDocuments = request.Kind == DossierDocumentKind.SupplementRequest ? lines.Select(l => new MissingDocument(l, "Chưa có trong hồ sơ")).ToList() : [],
            RejectionReasons = request.Kind == DossierDocumentKind.Rejection ? lines : [],
            DelayReason = request.Kind == DossierDocumentKind.Apology ? step.Comment : null,
            NewAppointmentAt = request.Kind == DossierDocumentKind.Apology ? Local(dossier.AppointmentAt) : null,
            Official = new DocumentOfficial(step.ActorName, form.Title),
            LookupUrl = new Uri(site.Value.BaseUrl, $"/tra-cuu?ma={Uri.EscapeDataString(code)}"),
            IssuedPlace = "Hà Nội",
            IssuedOn = DateOnly.FromDateTime(Local(step.At)!.Value),
        });
        return new DossierPdf($"{form.File}-{code}.pdf", pdf);
    }

    private static DateTime? Local(DateTimeOffset? instant) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, VietnamTimeZone.Instance).DateTime : null;
}
