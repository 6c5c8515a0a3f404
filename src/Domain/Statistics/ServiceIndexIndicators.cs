namespace HanoiDvc.Domain.Statistics;

/// <summary>
/// The indicators of the national service index, Quyết định 766/QĐ-TTg ngày 23/6/2022, Phụ lục, mục II (groups and their
/// points: Điều 1 and mục II; formulas as the Phụ lục words them). Decision 0030 lists them with their tests.
/// </summary>
/// <remarks>
/// The group maxima (18, 20, 22, 22, 18) are the decision's; so are 20 points for TD1, 4 for CK2 and 6 for HL3 (the last
/// earned in full when the targets of Nghị quyết 76/NQ-CP are met). The rest of each group's points could not be read per
/// indicator in the text available to us: they are split evenly (the online group as the national portal shows it, 12 for
/// online services and 10 for online payment), and the rates that earn the maximum are those the national portal's
/// description of its formulas gives. Each such guess says so in <see cref="ServiceIndexIndicator.Source"/>.
/// </remarks>
public static class ServiceIndexIndicators
{
    private const string Decision = "Quyết định 766/QĐ-TTg ngày 23/6/2022, Phụ lục, mục II";
    private const string SplitUnchecked = "; điểm tối đa của chỉ số: phần điểm còn lại của nhóm chia đều, chưa đối chiếu được với văn bản";
    private const string TargetUnchecked = "; đạt điểm tối đa từ ngưỡng mục tiêu Nghị quyết 76/NQ-CP theo mô tả công thức của Cổng DVCQG, chưa đối chiếu được với văn bản";

    private const string NationalDatabase = "Chấm từ Cơ sở dữ liệu quốc gia về thủ tục hành chính, hệ thống này không nắm giữ.";
    private const string NationalDatabaseEn = "Scored from the national database of administrative procedures, which this system does not hold.";

    /// <summary>Every indicator, by group in the decision's order.</summary>
    public static readonly IReadOnlyList<ServiceIndexIndicator> All =
    [
        new("CK1", ServiceIndexGroup.Transparency, "Tỷ lệ thủ tục hành chính công bố đúng hạn", "Procedures announced on time", 4.67m, 1m,
            "Số TTHC công bố đúng hạn ÷ tổng số TTHC đã công bố trong kỳ", "Procedures announced within the time of Nghị định 63/2010/NĐ-CP, Điều 15 ÷ procedures announced in the period",
            $"{Decision}.1.a{SplitUnchecked}", null, NationalDatabase, NationalDatabaseEn),
        new("CK2", ServiceIndexGroup.Transparency, "Tỷ lệ TTHC được cập nhật, công khai đúng hạn", "Procedures published on time", 4m, 1m,
            "Số TTHC công khai đúng hạn trên CSDL quốc gia về TTHC ÷ tổng số TTHC phải cập nhật, công khai trong kỳ", "Procedures published on time in the national database ÷ procedures to publish in the period",
            $"{Decision}.1.b (4/18 điểm)", null, NationalDatabase, NationalDatabaseEn),
        new("CK3", ServiceIndexGroup.Transparency, "Tỷ lệ TTHC được công khai đầy đủ các bộ phận tạo thành", "Procedures published with all their parts", 4.67m, 1m,
            "Số TTHC có đủ các bộ phận tạo thành (Nghị định 63/2010/NĐ-CP, Điều 8 khoản 2) ÷ tổng số TTHC đã công khai trên CSDL quốc gia", "Procedures published with every part required by Nghị định 63/2010/NĐ-CP, Điều 8(2) ÷ procedures published",
            $"{Decision}.1.c{SplitUnchecked}", null, NationalDatabase, NationalDatabaseEn),
        new("CK4", ServiceIndexGroup.Transparency, "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", "Dossiers synchronised to the national portal", 4.66m, 1m,
            "Số hồ sơ đã đồng bộ có ngày tiếp nhận trong kỳ ÷ tổng số hồ sơ tiếp nhận trong kỳ", "Dossiers received in the period and synchronised ÷ dossiers received",
            $"{Decision}.1.d{SplitUnchecked}", null,
            "Chấm từ số hồ sơ Cổng Dịch vụ công quốc gia đã nhận được, so với hệ thống báo cáo quốc gia.", "Scored from what the national portal received, against the national reporting system."),

        new("TD1", ServiceIndexGroup.Progress, "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", "Dossiers processed early or on time", 20m, 1m,
            "Số hồ sơ đã và đang xử lý trước hạn, đúng hạn, trong hạn ÷ tổng số hồ sơ được tiếp nhận, xử lý trong kỳ", "Dossiers resolved early or on time plus those open within time ÷ dossiers resolved in the period plus those open",
            $"{Decision}.2.a (thời gian giải quyết trung bình, mục II.2.b, là số theo dõi, không chấm điểm)", i => i.OnTime, string.Empty, string.Empty),

        new("SH1", ServiceIndexGroup.Digitisation, "Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử", "Dossiers with an electronic result", 7.33m, 1m,
            "Số hồ sơ có cấp kết quả điện tử ÷ tổng số hồ sơ có kết quả", "Dossiers approved with an electronic result ÷ dossiers approved",
            $"{Decision}.3.a{SplitUnchecked}", i => i.ElectronicResults, string.Empty, string.Empty),
        new("SH2", ServiceIndexGroup.Digitisation, "Tỷ lệ hồ sơ thực hiện số hóa hồ sơ, kết quả", "Dossiers digitised", 7.33m, 0.8m,
            "Số hồ sơ được số hóa thành phần hồ sơ và kết quả (hồ sơ trực tuyến, kết quả điện tử được tính) ÷ tổng số hồ sơ tiếp nhận", "Dossiers whose documents and result were digitised (online dossiers and electronic results count) ÷ dossiers received",
            $"{Decision}.3.b{SplitUnchecked}{TargetUnchecked}", i => i.Digitised, string.Empty, string.Empty),
        new("SH3", ServiceIndexGroup.Digitisation, "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa", "Reuse of digitised data", 7.34m, 0.8m,
            "Số hồ sơ có sử dụng lại thông tin, giấy tờ điện tử đã số hóa ÷ tổng số hồ sơ tiếp nhận", "Dossiers reusing digitised documents ÷ dossiers received",
            $"{Decision}.3.c{SplitUnchecked}{TargetUnchecked}", i => i.Reused, string.Empty, string.Empty),

        new("DV1", ServiceIndexGroup.OnlineService, "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", "Procedures offered online", 4m, 0.8m,
            "Số TTHC có dịch vụ công trực tuyến một phần, toàn trình ÷ tổng số TTHC (danh mục của thành phố)", "Procedures offered online (partial or full) ÷ published procedures (the city's catalogue)",
            $"{Decision}.4.a{SplitUnchecked}{TargetUnchecked}", i => i.ProceduresOnline, string.Empty, string.Empty),
        new("DV2", ServiceIndexGroup.OnlineService, "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", "Online services used", 4m, 1m,
            "Số TTHC cung cấp trực tuyến có hồ sơ nộp trực tuyến trong kỳ ÷ số TTHC cung cấp trực tuyến", "Procedures offered online with an online dossier in the period ÷ procedures offered online",
            $"{Decision}.4.b{SplitUnchecked}", i => i.OnlineProceduresUsed, string.Empty, string.Empty),
        new("DV3", ServiceIndexGroup.OnlineService, "Tỷ lệ hồ sơ trực tuyến", "Dossiers submitted online", 4m, 0.5m,
            "Số hồ sơ tiếp nhận trực tuyến ÷ tổng số hồ sơ tiếp nhận trong kỳ", "Dossiers received online ÷ dossiers received in the period",
            $"{Decision}.4.c{SplitUnchecked}{TargetUnchecked}", i => i.OnlineDossiers, string.Empty, string.Empty),
        new("DV4", ServiceIndexGroup.OnlineService, "Tỷ lệ TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến", "Procedures with fees payable online", 5m, 0.8m,
            "Số TTHC có phí, lệ phí cho thanh toán trực tuyến ÷ tổng số TTHC có phí, lệ phí", "Procedures with a fee payable online ÷ procedures with a fee",
            $"{Decision}.4.d{SplitUnchecked}{TargetUnchecked}", i => i.FeeProceduresPayable, string.Empty, string.Empty),
        new("DV5", ServiceIndexGroup.OnlineService, "Tỷ lệ hồ sơ thanh toán trực tuyến", "Dossiers paid online", 5m, 1m,
            "Số hồ sơ đã thanh toán trực tuyến ÷ tổng số hồ sơ tiếp nhận của TTHC có phí, lệ phí", "Dossiers with a fee paid online ÷ dossiers received with a fee",
            $"{Decision}.4.đ{SplitUnchecked}", i => i.PaidOnline, string.Empty, string.Empty),

        new("HL1", ServiceIndexGroup.Satisfaction, "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", "Complaints answered on time", 6m, 1m,
            "Số phản ánh, kiến nghị xử lý đúng hoặc trước hạn ÷ tổng số phản ánh, kiến nghị thuộc thẩm quyền tiếp nhận, xử lý", "Complaints answered by their due date ÷ complaints filed",
            $"{Decision}.5.a{SplitUnchecked}", i => i.ComplaintsOnTime, string.Empty, string.Empty),
        new("HL2", ServiceIndexGroup.Satisfaction, "Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", "Satisfaction with complaint handling", 6m, 1m,
            "(Tổng số phản ánh, kiến nghị − số bị phản hồi không hài lòng hoặc xử lý quá hạn) ÷ tổng số phản ánh, kiến nghị", "(Complaints − those answered late or whose answer was rated unsatisfactory) ÷ complaints",
            $"{Decision}.5.b{SplitUnchecked}", null,
            "Đánh giá của người phản ánh về kết quả xử lý do Cổng Dịch vụ công quốc gia thu thập.", "Complainants' ratings of the answers are collected by the national portal."),
        new("HL3", ServiceIndexGroup.Satisfaction, "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", "Satisfaction with processing", 6m, 0.9m,
            "(Tổng số hồ sơ − số hồ sơ giải quyết quá hạn − số hồ sơ bị đánh giá không hài lòng) ÷ tổng số hồ sơ giải quyết trong kỳ, một mẫu số cho cả hai", "(Dossiers resolved − late − rated unsatisfied, each dossier once) ÷ dossiers resolved in the period",
            $"{Decision}.5.c (6/18 điểm khi đạt mục tiêu Nghị quyết 76/NQ-CP){TargetUnchecked}", i => i.Served, string.Empty, string.Empty),
    ];

    /// <summary>Scores every indicator on <paramref name="inputs"/>.</summary>
    public static IReadOnlyList<ServiceIndexScore> Score(ServiceIndexInputs inputs) => [.. All.Select(i => i.Score(inputs))];
}
