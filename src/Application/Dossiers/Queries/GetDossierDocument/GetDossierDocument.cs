using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Documents;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
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
        // Form 04 speaks for the agency responsible for the delay, signed by its leader (Nghị định 61/2018/NĐ-CP, Điều 19).
        var apology = request.Kind == DossierDocumentKind.Apology ? dossier.Apology : null;
        var agencyId = apology?.ResponsibleAgencyId ?? dossier.ReceivingAgencyId;
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agencyId, cancellationToken);
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
            AppointmentAt = Local(apology?.PreviousAppointmentAt ?? dossier.AppointmentAt),
            MissingDocuments = request.Kind == DossierDocumentKind.SupplementRequest ? lines.Select(l => new MissingDocument(l, "Chưa có trong hồ sơ")).ToList() : [],
            RejectionReasons = request.Kind == DossierDocumentKind.Rejection ? lines : [],
            DelayReason = request.Kind == DossierDocumentKind.Apology ? apology?.Reason ?? step.Comment : null,
            NewAppointmentAt = request.Kind == DossierDocumentKind.Apology ? Local(apology?.NewAppointmentAt ?? dossier.AppointmentAt) : null,
            Official = apology is null ? new DocumentOfficial(step.ActorName, form.Title) : new DocumentOfficial(apology.SignerName, apology.SignerTitle),
            LookupUrl = new Uri(site.Value.BaseUrl, $"/tra-cuu?ma={Uri.EscapeDataString(code)}"),
            IssuedPlace = "Hà Nội",
            IssuedOn = DateOnly.FromDateTime(Local(step.At)!.Value),
            TimeLimitText = TimeLimitText(dossier),
        });
        return new DossierPdf($"{form.File}-{code}.pdf", pdf);
    }

    /// <summary>
    /// The time limit as the receipt prints it, with the extension the desk applied: "Trong ngày (…)" or "N ngày làm việc",
    /// then "; gia hạn thêm N ngày làm việc (lý do)".
    /// </summary>
    private static string TimeLimitText(Dossier dossier)
    {
        var limit = dossier.TimeLimit;
        var text = limit.Kind == TimeLimitKind.WithinDay
            ? $"Trong ngày (nhận sau {(limit.CutOff ?? WorkingCalendar.DefaultCutOff).ToString("H' giờ'", System.Globalization.CultureInfo.InvariantCulture)} thì trả trong ngày làm việc tiếp theo)"
            : $"{Days(limit.Days)} ngày làm việc";
        return dossier.Extension is { } extension
            ? $"{text}; gia hạn thêm {Days(extension.Days)} ngày làm việc ({extension.Reason})"
            : text;
    }

    private static string Days(decimal days) => days.ToString("00.##", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTime? Local(DateTimeOffset? instant) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, VietnamTimeZone.Instance).DateTime : null;
}
