namespace HanoiDvc.Application.Documents;

/// <summary>The printable forms of the one-stop desk (Thông tư 01/2018/TT-VPCP, mẫu 01–04).</summary>
public enum DossierDocumentKind
{
    /// <summary>Giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01).</summary>
    Receipt,

    /// <summary>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02).</summary>
    SupplementRequest,

    /// <summary>Phiếu từ chối tiếp nhận giải quyết hồ sơ (mẫu 03).</summary>
    Rejection,

    /// <summary>Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04).</summary>
    Apology,

    /// <summary>An electronic result generated from the procedure's result template (<see cref="DossierDocument.Template"/>).</summary>
    Result,

    /// <summary>The verification sheet that goes with an uploaded electronic result: its code, QR code and SHA-256.</summary>
    ResultVerificationSheet,
    /// <summary>Biên lai thanh toán trực tuyến: the receipt of a fee paid online (level 4); not one of the desk's forms 01–04.</summary>
    PaymentReceipt,

    /// <summary>Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu số 05, Thông tư 01/2018/TT-VPCP): every hand-over and whether it was on time.</summary>
    ControlSheet,

    /// <summary>Thông báo từ chối giải quyết hồ sơ: the leader's written refusal with reasons and the right to complain (Luật Khiếu nại 2011).</summary>
    RefusalNotice,

    /// <summary>Thông báo dừng xử lý hồ sơ: the written notice that processing stopped, with reasons.</summary>
    StopNotice,

    /// <summary>Sổ theo dõi hồ sơ (Mẫu số 06, Thông tư 01/2018/TT-VPCP): an agency's register over a period.</summary>
    Register,
}
