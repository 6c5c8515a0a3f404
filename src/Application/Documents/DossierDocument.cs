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

    /// <summary>Receipt: the procedure's time limit as printed ("05 ngày làm việc").</summary>
    public string? TimeLimit { get; init; }

    /// <summary>Receipt: how many sets of papers were received ("01"; Mẫu số 01, Thông tư 01/2018/TT-VPCP: "Số lượng hồ sơ: 01 (bộ)").</summary>
    public string? SetCount { get; init; }

    /// <summary>Receipt: where and how the result is received ("Nhận kết quả tại").</summary>
    public string? ResultPlace { get; init; }

    /// <summary>Receipt: the register entry ("Vào Sổ theo dõi hồ sơ, Quyển số …, Số thứ tự …").</summary>
    public string? RegisterBook { get; init; }

    /// <summary>Receipt: the dossier's number in the register book.</summary>
    public string? RegisterNumber { get; init; }

    /// <summary>How the dossier was submitted ("Trực tuyến", "Trực tiếp", "Qua bưu chính").</summary>
    public string? SubmissionChannel { get; init; }

    /// <summary>Control sheet (Mẫu số 05): the hand-overs, in order.</summary>
    public IReadOnlyList<DocumentHandOver> HandOvers { get; init; } = [];

    /// <summary>Control sheet: the dossier's due date-time (local) and outcome as printed ("Trước hạn", "Đúng hạn", "Quá hạn").</summary>
    public DateTime? DueAt { get; init; }

    /// <summary>Control sheet: the dossier's outcome once resolved, as printed.</summary>
    public string? Outcome { get; init; }

    /// <summary>Refusal and stop notices: the reasons given by the leader.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Register (Mẫu số 06): its rows.</summary>
    public IReadOnlyList<DocumentRegisterRow> RegisterRows { get; init; } = [];

    /// <summary>Register: the period, local dates.</summary>
    public DateOnly? PeriodFrom { get; init; }

    public DateOnly? PeriodTo { get; init; }

    /// <summary>The running footer of pages after the first; by default "Mã hồ sơ: {code}".</summary>
    public string? Footer { get; init; }

    /// <summary>Result: the template of the procedure's result (a name in <c>Templates/Results</c>); the other kinds have one template each.</summary>
    public string? Template { get; init; }

    /// <summary>Result: the dossier's form values, printed as <c>{form.key}</c>.</summary>
    public IReadOnlyDictionary<string, string?> FormData { get; init; } = new Dictionary<string, string?>();

    /// <summary>A generated result: the data the officials recorded, as printed (<c>{result.key}</c>).</summary>
    public IReadOnlyDictionary<string, string?> ResultData { get; init; } = new Dictionary<string, string?>();

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
