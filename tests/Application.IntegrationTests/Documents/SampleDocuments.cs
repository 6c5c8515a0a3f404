using HanoiDvc.Application.Documents;

namespace HanoiDvc.Application.IntegrationTests.Documents;

/// <summary>Realistic forms of one dossier: a copy of a diploma from the original register, received on Friday 13 February 2026.</summary>
internal static class SampleDocuments
{
    public const string DossierCode = "000.00.12.H26-260213-0007";
    public const string ApplicantName = "Nguyễn Văn Đức";
    public const string ProcedureName = "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc";
    public const string VerificationCode = "7KQ4-MZ9T-H2XW";
    public static readonly Uri VerificationUrl = new("https://dichvucong.hanoi.edu.vn/xac-minh/7KQ4-MZ9T-H2XW");

    public static DossierDocument For(DossierDocumentKind kind) => kind switch
    {
        DossierDocumentKind.Receipt => Base(kind),
        DossierDocumentKind.SupplementRequest => Base(kind) with { AppointmentAt = null, MissingDocuments = Missing(2) },
        DossierDocumentKind.Rejection => Base(kind) with
        {
            AppointmentAt = null,
            RejectionReasons =
            [
                "Văn bằng tốt nghiệp trung học cơ sở do Phòng Giáo dục và Đào tạo quận Hoàn Kiếm (cũ) cấp; việc cấp bản sao từ sổ gốc thuộc thẩm quyền của Ủy ban nhân dân phường Cửa Nam.",
                "Người nộp không xuất trình được giấy tờ chứng minh quan hệ với người được cấp văn bằng.",
            ],
        },
        DossierDocumentKind.Apology => Base(kind) with
        {
            DelayReason = "Sổ gốc cấp văn bằng năm 2008 đang được số hóa; cần thêm thời gian đối chiếu thông tin với hồ sơ lưu trữ.",
            NewAppointmentAt = new DateTime(2026, 3, 2, 10, 0, 0),
            Official = new DocumentOfficial("Lê Minh Hoàng", "Phó Giám đốc"),
            IssuedOn = new DateOnly(2026, 2, 24),
        },
        DossierDocumentKind.Result => Base(kind) with
        {
            Template = "ban-sao-van-bang",
            Official = new DocumentOfficial("Lê Minh Hoàng", "Phó Giám đốc"),
            DocumentType = "Bản sao văn bằng, chứng chỉ từ sổ gốc",
            FormData = new Dictionary<string, string?>
            {
                ["holderName"] = "Nguyễn Thị Lan Anh",
                ["diplomaType"] = "Bằng tốt nghiệp THPT",
                ["school"] = "Trường THPT Chu Văn An",
                ["graduationYear"] = "2008",
                ["diplomaNumber"] = "B 0123456",
                ["copies"] = "2",
            },
            // What the specialist records from the original register (the template's fields), as the generator passes it.
            ResultData = new Dictionary<string, string?>
            {
                ["holderName"] = "Nguyễn Thị Lan Anh",
                ["dateOfBirth"] = "14/03/1990",
                ["placeOfBirth"] = "Hà Nội",
                ["gender"] = "Nữ",
                ["school"] = "Trường THPT Chu Văn An",
                ["graduationYear"] = "2008",
                ["classification"] = "Khá",
                ["diplomaNumber"] = "B 0123456",
                ["registerNumber"] = "1234/2008",
                ["decision"] = "Quyết định số 1234/QĐ-SGDĐT ngày 20/7/2008",
                ["copyRegisterNumber"] = "56/2026",
            },
            VerificationCode = VerificationCode,
            VerificationUrl = VerificationUrl,
        },
        DossierDocumentKind.ResultVerificationSheet => Base(kind) with
        {
            Official = new DocumentOfficial("Lê Minh Hoàng", "Phó Giám đốc"),
            DocumentType = "Quyết định công nhận văn bằng",
            VerificationCode = VerificationCode,
            VerificationUrl = VerificationUrl,
            Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        },
        DossierDocumentKind.PaymentReceipt => Base(kind) with
        {
            Payment = new DocumentPayment("0191f0000000700080000000000000b1", 90_000, new DateTime(2026, 2, 13, 16, 40, 0), "vnpay", "14226112", "NCB",
                [new DocumentFee("Lệ phí cấp bản sao", 50_000), new DocumentFee("Phí bản sao (2 bản)", 40_000)], null),
        },
        DossierDocumentKind.ControlSheet => Base(kind) with
        {
            HandOvers =
            [
                new DocumentHandOver("Tiếp nhận, chuyển cơ quan giải quyết", "Sở Giáo dục và Đào tạo Hà Nội", "Trần Thị Mai", "Sở Giáo dục và Đào tạo Hà Nội", "Lê Văn Hùng", new DateTime(2026, 2, 13, 9, 0, 0), new DateTime(2026, 2, 27, 16, 30, 0), null, null),
                new DocumentHandOver("Phân công xử lý", "Sở Giáo dục và Đào tạo Hà Nội", "Lê Văn Hùng", "Sở Giáo dục và Đào tạo Hà Nội", "Phạm Minh Châu", new DateTime(2026, 2, 13, 10, 0, 0), new DateTime(2026, 2, 24, 10, 0, 0), new DateTime(2026, 2, 20, 15, 0, 0), "Trước hạn"),
            ],
        },
        DossierDocumentKind.RefusalNotice or DossierDocumentKind.StopNotice => Base(kind) with { Reasons = ["Cơ sở chưa đáp ứng điều kiện về đội ngũ giáo viên."] },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static List<MissingDocument> Missing(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => i switch
        {
            1 => new MissingDocument("Giấy ủy quyền có chứng thực của người được cấp văn bằng", "Người nộp hồ sơ không phải là người được cấp văn bằng."),
            2 => new MissingDocument("Bản sao giấy khai sinh của người được cấp văn bằng", "Để đối chiếu họ tên, ngày sinh với sổ gốc cấp văn bằng."),
            _ => new MissingDocument($"Giấy tờ bổ sung thứ {i}: bản sao học bạ trung học phổ thông năm học thứ {i}", $"Lý do số {i}: thông tin trên bản khai chưa khớp với sổ gốc lưu tại trường."),
        }),
    ];

    private static DossierDocument Base(DossierDocumentKind kind) => new()
    {
        Kind = kind,
        AgencyName = "Sở Giáo dục và Đào tạo Hà Nội",
        AgencyAddress = "số 23 phố Quang Trung, phường Cửa Nam, Hà Nội",
        DossierCode = DossierCode,
        TrackingNumber = "G22.99-260213-000153",
        Applicant = new DocumentApplicant(ApplicantName, "001089012345", "số 12 phố Hàng Bài, phường Cửa Nam, Hà Nội", "0912 345 678", "duc.nguyen@example.vn"),
        ProcedureName = ProcedureName,
        ReceivedDocuments =
        [
            new ReceivedDocument("Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc", 1, "Bản chính"),
            new ReceivedDocument("Căn cước công dân của người yêu cầu (bản chụp kèm bản chính để đối chiếu)", 1, "Bản sao"),
            new ReceivedDocument("Giấy tờ chứng minh quan hệ với người được cấp văn bằng", 2, "Bản sao chứng thực"),
        ],
        ReceivedAt = new DateTime(2026, 2, 13, 16, 30, 0),
        // Within the day, after 15:00: the next working day after Tết (16–20 February 2026).
        AppointmentAt = new DateTime(2026, 2, 23, 17, 0, 0),
        Official = new DocumentOfficial("Trần Thị Mai", "Công chức tiếp nhận hồ sơ", "024 3825 0000"),
        LookupUrl = new Uri($"https://dichvucong.hanoi.example/tra-cuu/{DossierCode}"),
        IssuedPlace = "Hà Nội",
        IssuedOn = new DateOnly(2026, 2, 13),
        SubmissionChannel = "Trực tiếp",
        SetCount = "01",
        TimeLimit = "Trong ngày làm việc (hồ sơ nhận sau 15 giờ 00 được trả trong ngày làm việc tiếp theo)",
        ResultPlace = "Bộ phận tiếp nhận và trả kết quả Sở Giáo dục và Đào tạo Hà Nội, số 23 phố Quang Trung, phường Cửa Nam, Hà Nội",
        RegisterBook = "2026",
        RegisterNumber = "0007 ngày 13/02/2026",
    };
}
