using System.Globalization;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Documents;
using HanoiDvc.Domain.Calendar;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Queries.GetDossierRegister;

/// <summary>PDF (the printed register) or CSV (for a spreadsheet).</summary>
public enum RegisterFormat
{
    Pdf,
    Csv,
}

/// <summary>
/// The register of an agency's desk (Sổ theo dõi hồ sơ, Mẫu số 06, Thông tư 01/2018/TT-VPCP; Mẫu số 07, Thông tư
/// 03/2025/TT-VPCP): every dossier the agency received from <paramref name="From"/> to <paramref name="To"/> (local dates,
/// at most 366 days), in the order received. An official reads their own agency's register only (another agency is a 404,
/// as an unknown one); a SystemAdmin names the agency.
/// </summary>
[RequiresRole(Roles.Receptionist, Roles.Specialist, Roles.Leader, Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record GetDossierRegister(Guid? AgencyId, DateOnly From, DateOnly To, RegisterFormat Format = RegisterFormat.Pdf) : IRequest<RegisterFile>;

/// <summary>The register as a file.</summary>
public sealed record RegisterFile(string FileName, string MediaType, byte[] Content);

internal sealed class GetDossierRegisterValidator : AbstractValidator<GetDossierRegister>
{
    public const int MaxDays = 366;

    public GetDossierRegisterValidator()
    {
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From)
            .WithMessage(_ => Localized.Text("Ngày kết thúc không được trước ngày bắt đầu.", "The end date cannot be before the start date."));
        RuleFor(x => x.To).Must((x, to) => to.DayNumber - x.From.DayNumber < MaxDays)
            .WithMessage(_ => Localized.Text("Sổ theo dõi in tối đa 366 ngày.", "The register covers at most 366 days."));
        RuleFor(x => x.Format).IsInEnum();
    }
}

internal sealed class GetDossierRegisterHandler(IAppDbContext db, ICurrentUser user, IDossierDocuments documents, IOptions<PublicSiteOptions> site, TimeProvider clock)
    : IRequestHandler<GetDossierRegister, RegisterFile>
{
    public async Task<RegisterFile> Handle(GetDossierRegister request, CancellationToken cancellationToken)
    {
        var agencyId = AgencyOf(request);
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken)
            ?? throw new NotFoundException("Agency", agencyId);
        var zone = VietnamTimeZone.Instance;
        var from = new DateTimeOffset(request.From.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(request.From.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
        var to = new DateTimeOffset(request.To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(request.To.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();

        // The register lists what the desk received: the receiving agency's dossiers, by the reception step's instant.
        var dossiers = await db.Dossiers.AsNoTracking().Include(d => d.Steps)
            .Where(d => d.ReceivingAgencyId == agencyId && d.Code != null
                && d.Steps.Any(s => s.Action == DossierAction.Receive && s.At >= from && s.At < to))
            .ToListAsync(cancellationToken);
        var versions = dossiers.Select(d => d.ProcedureVersionId).Distinct().ToList();
        var names = await db.ProcedureVersions.AsNoTracking().Where(v => versions.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var rows = dossiers
            .Select(d => (Dossier: d, Received: d.Steps.Where(s => s.Action == DossierAction.Receive).Max(s => s.At)))
            .OrderBy(x => x.Received).ThenBy(x => x.Dossier.Code!.Value, StringComparer.Ordinal)
            .Select(x => Row(x.Dossier, x.Received, names, agencies))
            .ToList();

        var stem = string.Create(CultureInfo.InvariantCulture, $"so-theo-doi-{agency.Code}-{request.From:yyyyMMdd}-{request.To:yyyyMMdd}");
        if (request.Format == RegisterFormat.Csv)
        {
            return new RegisterFile($"{stem}.csv", "text/csv; charset=utf-8", CsvText.Write([Headers, .. rows.Select((r, i) => Cells(i + 1, r))]));
        }

        var pdf = documents.Render(new DossierDocument
        {
            Kind = DossierDocumentKind.Register,
            AgencyName = agency.Name,
            AgencyAddress = agency.Contact.Address,
            DossierCode = string.Empty,
            Applicant = new DocumentApplicant(string.Empty, null, null, null),
            ProcedureName = string.Empty,
            Official = new DocumentOfficial(user.Name ?? string.Empty, string.Empty),
            LookupUrl = site.Value.BaseUrl,
            IssuedPlace = "Hà Nội",
            IssuedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime),
            RegisterRows = rows,
            PeriodFrom = request.From,
            PeriodTo = request.To,
            Footer = $"Sổ theo dõi hồ sơ – {agency.Name} – {request.From:dd/MM/yyyy}–{request.To:dd/MM/yyyy}",
        });
        return new RegisterFile($"{stem}.pdf", "application/pdf", pdf);
    }

    /// <summary>An official's own agency (another is a 404, as an unknown one: AgencyScope's rule); a SystemAdmin names one.</summary>
    private Guid AgencyOf(GetDossierRegister request)
    {
        if (user.IsInRole(Roles.SystemAdmin) && user.AgencyId is null)
        {
            return request.AgencyId ?? throw new RequestValidationException([new FluentValidation.Results.ValidationFailure("agencyId",
                Localized.Text("Chọn cơ quan của sổ theo dõi.", "Name the agency whose register to print."))]);
        }

        var own = user.AgencyId ?? throw new ForbiddenAccessException();
        return request.AgencyId is { } asked && asked != own ? throw new NotFoundException("Agency", asked) : own;
    }

    private static readonly string[] Headers =
    [
        "TT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại",
        "Cơ quan chủ trì giải quyết", "Nhận hồ sơ", "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết",
        "Nhận kết quả từ cơ quan giải quyết", "Trả kết quả cho cá nhân, tổ chức", "Ghi chú",
    ];

    private static IEnumerable<string> Cells(int index, DocumentRegisterRow r) =>
    [
        index.ToString(CultureInfo.InvariantCulture), r.Code, r.ProcedureName, "01", r.ApplicantName, r.ApplicantContact ?? string.Empty,
        r.DecidingAgency, Text(r.ReceivedAt), Text(r.AppointmentAt), Text(r.ForwardedAt), Text(r.ResolvedAt), Text(r.ReturnedAt), r.Note ?? string.Empty,
    ];

    private static string Text(DateTime? local) => local?.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) ?? string.Empty;

    private static DocumentRegisterRow Row(Dossier d, DateTimeOffset received, Dictionary<Guid, string> names, Dictionary<Guid, string> agencies)
    {
        var contact = string.Join("; ", new[] { d.FormData.GetValueOrDefault("address") ?? d.FormData.GetValueOrDefault("organisationAddress"), d.FormData.GetValueOrDefault("phone") }
            .Where(v => !string.IsNullOrWhiteSpace(v)));
        // Handed to the deciding agency: at reception when another agency decides, else when the desk assigned it.
        var forwarded = d.DecidingAgencyId != d.ReceivingAgencyId ? received
            : d.Steps.Where(s => s.Action is DossierAction.Assign or DossierAction.Forward).Select(s => (DateTimeOffset?)s.At).Min();
        return new DocumentRegisterRow(
            d.Code!.Value,
            names.GetValueOrDefault(d.ProcedureVersionId, "?"),
            d.ApplicantName,
            contact.Length == 0 ? null : contact,
            agencies.GetValueOrDefault(d.DecidingAgencyId, "?"),
            Local(received)!.Value,
            Local(d.AppointmentAt),
            Local(forwarded),
            Local(d.ResolvedAt),
            Local(d.ReturnedAt),
            Note(d.Status));
    }

    private static string? Note(DossierStatus status) => status switch
    {
        DossierStatus.Refused => "Từ chối giải quyết",
        DossierStatus.Stopped => "Dừng giải quyết",
        DossierStatus.Withdrawn => "Rút hồ sơ",
        DossierStatus.SupplementRequested => "Chờ bổ sung",
        _ => null,
    };

    private static DateTime? Local(DateTimeOffset? instant) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, VietnamTimeZone.Instance).DateTime : null;
}
