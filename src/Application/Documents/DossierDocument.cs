namespace HanoiDvc.Application.Documents;

/// <summary>
/// What a printable form shows about one dossier. The application layer fills it; templates pick what each kind prints.
/// Date-times are local Vietnam times (Asia/Ho_Chi_Minh), as printed.
/// </summary>
public sealed record DossierDocument
{
    public required DossierDocumentKind Kind { get; init; }

    /// <summary>The agency whose desk issues the form (e.g. "Sở Giáo dục và Đào tạo Hà Nội").</summary>
    public required string AgencyName { get; init; }

    public string? AgencyAddress { get; init; }

    /// <summary>The dossier code of Thông tư 01/2018/TT-VPCP, Điều 19 (e.g. <c>000.00.12.H26-260213-0007</c>).</summary>
    public required string DossierCode { get; init; }

    /// <summary>The number given on online submission, before reception.</summary>
    public string? TrackingNumber { get; init; }

    public required DocumentApplicant Applicant { get; init; }

    public required string ProcedureName { get; init; }

    public IReadOnlyList<ReceivedDocument> ReceivedDocuments { get; init; } = [];

    /// <summary>When the desk received (or examined) the dossier, local time.</summary>
    public DateTime? ReceivedAt { get; init; }

    /// <summary>The appointment (due) date-time for the result, local time.</summary>
    public DateTime? AppointmentAt { get; init; }

    /// <summary>Supplement request: everything missing, each with its reason (one request lists all).</summary>
    public IReadOnlyList<MissingDocument> MissingDocuments { get; init; } = [];

    /// <summary>Rejection: why the dossier is not received.</summary>
    public IReadOnlyList<string> RejectionReasons { get; init; } = [];

    /// <summary>Apology: why the result is late.</summary>
    public string? DelayReason { get; init; }

    /// <summary>Apology: the new appointment date-time, local time (<see cref="AppointmentAt"/> is then the original one).</summary>
    public DateTime? NewAppointmentAt { get; init; }

    public required DocumentOfficial Official { get; init; }

    /// <summary>Payment receipt: the payment.</summary>
    public DocumentPayment? Payment { get; init; }

    /// <summary>The public page where the applicant follows the dossier; printed as a QR code.</summary>
    public required Uri LookupUrl { get; init; }

    /// <summary>Place of issue as in "Hà Nội, ngày 13 tháng 02 năm 2026".</summary>
    public required string IssuedPlace { get; init; }

    public required DateOnly IssuedOn { get; init; }

    /// <summary>Result: the template of the procedure's result (a name in <c>Templates/Results</c>); the other kinds have one template each.</summary>
    public string? Template { get; init; }

    /// <summary>Result: the dossier's form values, printed as <c>{form.key}</c>.</summary>
    public IReadOnlyDictionary<string, string?> FormData { get; init; } = new Dictionary<string, string?>();

    /// <summary>Result and its verification sheet: what the document is.</summary>
    public string? DocumentType { get; init; }

    /// <summary>Result and its verification sheet: the printed verification code (<c>ABCD-EFGH-JKMN</c>).</summary>
    public string? VerificationCode { get; init; }

    /// <summary>Result and its verification sheet: the public verification page for this code; printed as a QR code.</summary>
    public Uri? VerificationUrl { get; init; }

    /// <summary>Verification sheet: the SHA-256 of the result file it goes with.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Receipt: the time limit as printed, with the extension applied at reception (e.g. "Trong ngày (…); gia hạn thêm 02 ngày làm việc (…)").</summary>
    public string? TimeLimitText { get; init; }
}
