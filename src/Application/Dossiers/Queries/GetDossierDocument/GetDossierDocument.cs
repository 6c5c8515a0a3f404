using System.Globalization;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Documents;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Procedures;
using Microsoft.Extensions.Options;

using static HanoiDvc.Application.Dossiers.Queries.GetDossierDocument.DossierPaperTexts;

namespace HanoiDvc.Application.Dossiers.Queries.GetDossierDocument;

/// <summary>
/// An official paper of a dossier as a PDF — the forms of Thông tư 01/2018/TT-VPCP: receipt (01), supplement request (02),
/// rejection (03), apology (04), control sheet (05); the notice of refusal and the notice of stopping — each only once the
/// step it records has happened (<see cref="DossierPapers"/>).
/// </summary>
[RequiresRole]
public sealed record GetDossierDocument(Guid Id, DossierDocumentKind Kind) : IRequest<DossierPdf>;

/// <summary>A rendered form.</summary>
public sealed record DossierPdf(string FileName, byte[] Content);

internal sealed class GetDossierDocumentHandler(
    IAppDbContext db, ICurrentUser user, IDossierDocuments documents, IIdentityService identities, IOptions<PublicSiteOptions> site)
    : IRequestHandler<GetDossierDocument, DossierPdf>
{
    public async Task<DossierPdf> Handle(GetDossierDocument request, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Steps).Include(d => d.Attachments).Visible(user)
            .SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken) ?? throw DossierAccess.NotFound(request.Id);
        // The payment receipt is a document of a payment, served with the payments (GetPaymentReceipt); the register is an agency's.
        var form = DossierPapers.Forms.FirstOrDefault(f => f.Kind == request.Kind);
        if (form.File is null)
        {
            throw new NotFoundException($"{request.Kind} is not a paper of the dossier itself.");
        }

        var step = dossier.Steps.Where(s => s.Action == form.Step).MaxBy(s => s.Sequence)
            ?? throw new NotFoundException($"No {request.Kind} exists yet for this dossier.");
        // Only the agencies this dossier passed through: the papers name no other.
        var agencyIds = dossier.Steps.SelectMany(s => new[] { s.FromAgencyId, s.ToAgencyId })
            .Append(dossier.ReceivingAgencyId).Append(dossier.DecidingAgencyId)
            .Concat(dossier.Apology is { } signed ? [signed.ResponsibleAgencyId] : [])
            .Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        // Form 04 speaks for the agency responsible for the delay, signed by its leader (Nghị định 61/2018/NĐ-CP, Điều 19);
        // a leader's notices are the agency that decided; the desk's papers are the receiving agency's.
        var apology = request.Kind == DossierDocumentKind.Apology ? dossier.Apology : null;
        var agency = apology is not null ? agencies[apology.ResponsibleAgencyId]
            : request.Kind is DossierDocumentKind.RefusalNotice or DossierDocumentKind.StopNotice ? agencies[step.ToAgencyId]
            : agencies[dossier.ReceivingAgencyId];
        var version = await db.ProcedureVersions.AsNoTracking().SingleAsync(v => v.Id == dossier.ProcedureVersionId, cancellationToken);
        var code = dossier.Code?.Value ?? dossier.TrackingNumber ?? dossier.Id.ToString();
        var lines = (step.Comment ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var profile = await identities.GetProfileAsync(dossier.ApplicantId, cancellationToken);

        var pdf = documents.Render(new DossierDocument
        {
            Kind = request.Kind,
            AgencyName = agency.Name,
            AgencyAddress = agency.Contact.Address,
            DossierCode = code,
            TrackingNumber = dossier.TrackingNumber,
            Applicant = new DocumentApplicant(
                dossier.ApplicantName,
                dossier.ApplicantCitizenId,
                Form(dossier, "address") ?? Form(dossier, "organisationAddress"),
                Form(dossier, "phone") ?? profile?.PhoneNumber,
                Form(dossier, "email") ?? profile?.Email),
            ProcedureName = version.Name,
            SubmissionChannel = ChannelText(dossier.SubmissionChannel),
            ReceivedDocuments = ReceivedDocuments(dossier),
            SetCount = "01", // Mẫu số 01, Thông tư 01/2018/TT-VPCP: "Số lượng hồ sơ: … (bộ)"; one dossier is one set
            TimeLimit = TimeLimitText(dossier),
            ResultPlace = ResultPlace(dossier, agency, version.ServiceLevel),
            RegisterBook = dossier.Code is { } c ? c.ReceptionDate.Year.ToString(CultureInfo.InvariantCulture) : null,
            RegisterNumber = dossier.Code is { } n ? string.Create(CultureInfo.InvariantCulture, $"{n.Sequence:0000} ngày {n.ReceptionDate:dd/MM/yyyy}") : null,
            // The instant the desk received it (Mẫu số 01, Thông tư 01/2018/TT-VPCP), not when the legal clock starts.
            ReceivedAt = Local(dossier.ReceptionRecordedAt ?? dossier.ReceivedAt),
            AppointmentAt = Local(apology?.PreviousAppointmentAt ?? dossier.AppointmentAt),
            DueAt = Local(dossier.DueAt),
            Outcome = OutcomeText(dossier.Outcome),
            MissingDocuments = request.Kind == DossierDocumentKind.SupplementRequest ? MissingDocuments(dossier, step, lines) : [],
            RejectionReasons = request.Kind == DossierDocumentKind.Rejection ? lines : [],
            Reasons = request.Kind is DossierDocumentKind.RefusalNotice or DossierDocumentKind.StopNotice ? lines : [],
            HandOvers = request.Kind == DossierDocumentKind.ControlSheet ? await HandOversAsync(dossier, agencies, cancellationToken) : [],
            DelayReason = request.Kind == DossierDocumentKind.Apology ? apology?.Reason ?? step.Comment : null,
            NewAppointmentAt = request.Kind == DossierDocumentKind.Apology ? Local(apology?.NewAppointmentAt ?? dossier.AppointmentAt) : null,
            Official = apology is null
                ? new DocumentOfficial(step.ActorName, OfficialTitle(step.Action), agency.Contact.Phone)
                : new DocumentOfficial(apology.SignerName, apology.SignerTitle),
            LookupUrl = new Uri(site.Value.BaseUrl, $"/tra-cuu?ma={Uri.EscapeDataString(code)}"),
            IssuedPlace = "Hà Nội",
            IssuedOn = DateOnly.FromDateTime(Local(request.Kind == DossierDocumentKind.ControlSheet ? dossier.Steps.Max(s => s.At) : step.At)!.Value),
            TimeLimitText = TimeLimitText(dossier),
        });
        return new DossierPdf($"{form.File}-{code}.pdf", pdf);
    }

    private static string? Form(Dossier dossier, string key) =>
        dossier.FormData.GetValueOrDefault(key) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// What was handed in (Mẫu số 01, Thông tư 01/2018/TT-VPCP, "Thành phần hồ sơ nộp gồm"): what the desk recorded at
    /// reception; else, online, the files attached per required document; else (a desk dossier received without a record)
    /// the procedure's list, counts as it asks.
    /// </summary>
    private static List<ReceivedDocument> ReceivedDocuments(Dossier dossier)
    {
        if (dossier.ReceivedPapers.Count > 0)
        {
            return [.. dossier.ReceivedPapers.Select(p => new ReceivedDocument(p.Name, p.Count, FormText(p.Form)))];
        }

        if (dossier.SubmissionChannel == Channel.Online)
        {
            var files = dossier.Attachments.GroupBy(a => a.DocumentName ?? "Tệp đính kèm khác").ToDictionary(g => g.Key, g => g.Count());
            var named = dossier.RequiredDocuments.Where(d => files.ContainsKey(d.Name)).Select(d => new ReceivedDocument(d.Name, files[d.Name], "Tệp điện tử"));
            var others = files.Where(f => dossier.RequiredDocuments.All(d => d.Name != f.Key)).Select(f => new ReceivedDocument(f.Key, f.Value, "Tệp điện tử"));
            return [.. named, .. others];
        }

        return [.. dossier.RequiredDocuments.Select(d => new ReceivedDocument(d.Name, d.Count, FormText(d.Form)))];
    }

    private static List<MissingDocument> MissingDocuments(Dossier dossier, ProcessingStep step, string[] lines)
    {
        var items = dossier.SupplementItems.Where(i => i.Step == step.Sequence).ToList();
        return items.Count > 0 ? [.. items.Select(i => new MissingDocument(i.Document, i.Reason))] : [.. lines.Select(l => new MissingDocument(l, null))];
    }

    /// <summary>
    /// The hand-overs of the control sheet (Mẫu số 05, Thông tư 01/2018/TT-VPCP): each step, who handed it to whom, its
    /// deadline, and — when the work it handed over is done (the next step; for reception, the decision) — early, on time
    /// or late by the rule of the dossier's outcome (<see cref="Dossier.OutcomeAt"/>: early is a day before the deadline's day).
    /// </summary>
    private async Task<List<DocumentHandOver>> HandOversAsync(Dossier dossier, Dictionary<Guid, Agency> agencies, CancellationToken cancellationToken)
    {
        var steps = dossier.Steps.OrderBy(s => s.Sequence).ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var id in steps.Where(s => s.AssigneeId is not null).Select(s => s.AssigneeId!.Value).Distinct())
        {
            names[id] = (await identities.FindAccountAsync(id, cancellationToken))?.FullName ?? "?";
        }

        var result = new List<DocumentHandOver>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var next = i + 1 < steps.Count ? steps[i + 1] : null;
            var handsToAssignee = step.Action is DossierAction.Assign or DossierAction.Reassign or DossierAction.Forward && step.AssigneeId is not null;
            var toPerson = handsToAssignee ? names[step.AssigneeId!.Value] : next?.ActorName;
            var doneAt = step.Action == DossierAction.Receive ? dossier.ResolvedAt ?? dossier.ClosedAt : next?.At;
            var mark = step.Deadline is not { } deadline || doneAt is not { } done ? null
                : step.Action == DossierAction.Receive && dossier.Outcome is { } outcome ? OutcomeText(outcome)
                : OutcomeText(StepOutcome(done, deadline));
            result.Add(new DocumentHandOver(
                ActionText(step.Action), Name(agencies, step.FromAgencyId), step.ActorName, Name(agencies, step.ToAgencyId), toPerson,
                Local(step.At)!.Value, Local(step.Deadline), step.Deadline is null ? null : Local(doneAt), mark));
        }

        return result;
    }

    /// <summary>Early when done on a day before the deadline's day, on time up to the deadline, late after it (as <see cref="Dossier.OutcomeAt"/>).</summary>
    private static DossierOutcome StepOutcome(DateTimeOffset done, DateTimeOffset deadline) =>
        done > deadline ? DossierOutcome.Late
        : DateOnly.FromDateTime(Local(done)!.Value) < DateOnly.FromDateTime(Local(deadline)!.Value) ? DossierOutcome.Early
        : DossierOutcome.OnTime;

    private static string Name(Dictionary<Guid, Agency> agencies, Guid id) => agencies.TryGetValue(id, out var agency) ? agency.Name : "?";

    private static string? ResultPlace(Dossier dossier, Agency agency, ServiceLevel level)
    {
        var desk = $"Bộ phận tiếp nhận và trả kết quả {agency.Name}" + (agency.Contact.Address is { Length: > 0 } address ? $", {address}" : string.Empty);
        return dossier.ReturnChannel switch
        {
            Channel.Online => "Trực tuyến trên Cổng dịch vụ công",
            Channel.Post => "Qua dịch vụ bưu chính công ích",
            Channel.InPerson => desk,
            _ => level == ServiceLevel.Full ? $"{desk}; hoặc trực tuyến trên Cổng dịch vụ công (dịch vụ công trực tuyến toàn trình)" : desk,
        };
    }
}
