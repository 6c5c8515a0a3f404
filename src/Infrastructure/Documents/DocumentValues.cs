using System.Globalization;
using HanoiDvc.Application.Documents;

namespace HanoiDvc.Infrastructure.Documents;

/// <summary>The values a template can print: {placeholders} of the document, and the rows of its lists.</summary>
internal sealed class DocumentValues
{
    private readonly DossierDocument _document;
    private readonly Dictionary<string, string?> _values;

    public DocumentValues(DossierDocument document)
    {
        _document = document;
        _values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["agencyName"] = document.AgencyName,
            ["agencyAddress"] = document.AgencyAddress,
            ["dossierCode"] = document.DossierCode,
            ["trackingNumber"] = document.TrackingNumber,
            ["applicantName"] = document.Applicant.Name,
            ["citizenId"] = document.Applicant.CitizenId,
            ["applicantAddress"] = document.Applicant.Address,
            ["applicantPhone"] = document.Applicant.Phone,
            ["applicantEmail"] = document.Applicant.Email,
            ["procedureName"] = document.ProcedureName,
            ["receivedAt"] = DateTimeText(document.ReceivedAt),
            ["appointmentAt"] = DateTimeText(document.AppointmentAt),
            ["delayReason"] = document.DelayReason,
            ["newAppointmentAt"] = DateTimeText(document.NewAppointmentAt),
            ["officialName"] = document.Official.Name,
            ["officialTitle"] = document.Official.Title,
            ["officialPhone"] = document.Official.Phone,
            ["lookupUrl"] = document.LookupUrl.AbsoluteUri,
            ["issuedPlace"] = document.IssuedPlace,
            ["issuedOn"] = DateText(document.IssuedOn),
            ["documentType"] = document.DocumentType,
            ["verificationCode"] = document.VerificationCode,
            ["verificationUrl"] = document.VerificationUrl?.AbsoluteUri,
            ["resultHash"] = document.Sha256,
            ["paymentOrderRef"] = document.Payment?.OrderRef,
            ["paymentAmount"] = document.Payment is { } p ? AmountText(p.AmountVnd) : null,
            ["paymentPaidAt"] = DateTimeText(document.Payment?.PaidAt),
            ["paymentProvider"] = document.Payment?.Provider.ToUpperInvariant(),
            ["paymentTransactionNo"] = document.Payment?.TransactionNo,
            ["paymentBank"] = document.Payment?.BankCode,
            ["paymentRefundNote"] = document.Payment?.RefundNote,
            ["timeLimitText"] = document.TimeLimitText,
            ["timeLimit"] = document.TimeLimit,
            ["setCount"] = document.SetCount,
            ["resultPlace"] = document.ResultPlace,
            ["registerBook"] = document.RegisterBook,
            ["registerNumber"] = document.RegisterNumber,
            ["submissionChannel"] = document.SubmissionChannel,
            ["dueAt"] = DateTimeText(document.DueAt),
            ["outcome"] = document.Outcome,
            ["periodFrom"] = document.PeriodFrom is { } from ? ShortDate(from) : null,
            ["periodTo"] = document.PeriodTo is { } to ? ShortDate(to) : null,
        };
        foreach (var (key, value) in document.FormData)
        {
            _values[$"form.{key}"] = value;
        }

        foreach (var (key, value) in document.ResultData)
        {
            _values[$"result.{key}"] = value;
        }
    }

    public string Fill(string text) => TemplateText.Fill(text, Lookup);

    /// <summary>One set of values per item of the model's list <paramref name="source"/>, for list and table blocks.</summary>
    public IReadOnlyList<Func<string, string>> Rows(string? source) => source switch
    {
        "receivedDocuments" => Numbered(_document.ReceivedDocuments, d => new() { ["name"] = d.Name, ["count"] = d.Count.ToString("00", CultureInfo.InvariantCulture), ["form"] = d.Form }),
        "missingDocuments" => Numbered(_document.MissingDocuments, d => new() { ["name"] = d.Name, ["reason"] = d.Reason }),
        "reasons" => Numbered(_document.Reasons, r => new() { ["text"] = r }),
        "handOvers" => Numbered(_document.HandOvers, h => new()
        {
            ["action"] = h.Action,
            ["from"] = $"{h.FromAgency}\n{h.FromPerson}",
            ["to"] = h.ToPerson is null ? h.ToAgency : $"{h.ToAgency}\n{h.ToPerson}",
            ["at"] = ShortDateTime(h.At),
            ["deadline"] = h.Deadline is { } deadline ? ShortDateTime(deadline) : "Không có hạn riêng",
            ["result"] = (h.Mark ?? (h.Deadline is null ? "—" : "Đang xử lý")) + (h.DoneAt is { } done ? $"\n(xong {ShortDateTime(done)})" : string.Empty),
        }),
        "registerRows" => Numbered(_document.RegisterRows, r => new()
        {
            ["code"] = r.Code,
            ["procedure"] = r.ProcedureName,
            ["sets"] = "01",
            ["applicant"] = r.ApplicantContact is null ? r.ApplicantName : $"{r.ApplicantName}\n{r.ApplicantContact}",
            ["agency"] = r.DecidingAgency,
            ["receivedAt"] = ShortDateTime(r.ReceivedAt),
            // Not yet happened: a dash, not the blank to fill in by hand (an empty value prints as that blank).
            ["appointmentAt"] = r.AppointmentAt is { } a ? ShortDateTime(a) : "—",
            ["forwardedAt"] = r.ForwardedAt is { } f ? ShortDateTime(f) : "—",
            ["resolvedAt"] = r.ResolvedAt is { } s ? ShortDateTime(s) : "—",
            ["returnedAt"] = r.ReturnedAt is { } t ? ShortDateTime(t) : "—",
            ["note"] = r.Note ?? "—",
        }),
        "rejectionReasons" => Numbered(_document.RejectionReasons, r => new() { ["text"] = r }),
        "fees" => Numbered(_document.Payment?.Fees ?? [], f => new() { ["name"] = f.Name, ["amount"] = AmountText(f.AmountVnd) }),
        _ => throw new InvalidOperationException($"A template lists \"{source}\", which the document does not have."),
    };

    /// <summary>"16 giờ 30 phút, ngày 27 tháng 02 năm 2026", as the forms print a time.</summary>
    public static string? DateTimeText(DateTime? local) => local is { } t
        ? string.Create(CultureInfo.InvariantCulture, $"{t:HH} giờ {t:mm} phút, {DateText(DateOnly.FromDateTime(t))}")
        : null;

    /// <summary>"150.000 đồng", as Vietnamese documents print an amount.</summary>
    public static string AmountText(long amountVnd) =>
        amountVnd.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = "." }) + " đồng";

    /// <summary>"13/02/2026 16:30", as a table cell prints a time.</summary>
    public static string ShortDateTime(DateTime local) => local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"13/02/2026".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"ngày 13 tháng 02 năm 2026".</summary>
    public static string DateText(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date:dd} tháng {date:MM} năm {date:yyyy}");

    private (bool, string?) Lookup(string name) => _values.TryGetValue(name, out var value) ? (true, value) : (false, null);

    private List<Func<string, string>> Numbered<T>(IReadOnlyList<T> items, Func<T, Dictionary<string, string?>> fields) =>
        [.. items.Select((item, i) =>
        {
            var row = fields(item);
            row["index"] = (i + 1).ToString(CultureInfo.InvariantCulture);
            return (Func<string, string>)(text => TemplateText.Fill(text, name => row.TryGetValue(name, out var v) ? (true, v) : Lookup(name)));
        })];
}
