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
        };
        foreach (var (key, value) in document.FormData)
        {
            _values[$"form.{key}"] = value;
        }
    }

    public string Fill(string text) => TemplateText.Fill(text, Lookup);

    /// <summary>One set of values per item of the model's list <paramref name="source"/>, for list and table blocks.</summary>
    public IReadOnlyList<Func<string, string>> Rows(string? source) => source switch
    {
        "receivedDocuments" => Numbered(_document.ReceivedDocuments, d => new() { ["name"] = d.Name, ["count"] = d.Count.ToString("00", CultureInfo.InvariantCulture) }),
        "missingDocuments" => Numbered(_document.MissingDocuments, d => new() { ["name"] = d.Name, ["reason"] = d.Reason }),
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
