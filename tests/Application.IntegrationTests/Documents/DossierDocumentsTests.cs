using System.Text;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Documents;
using HanoiDvc.Infrastructure.Documents;
using Microsoft.Extensions.DependencyInjection;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Documents;

public sealed class DossierDocumentsTests
{
    private static readonly Dictionary<DossierDocumentKind, string> Titles = new()
    {
        [DossierDocumentKind.Receipt] = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        [DossierDocumentKind.SupplementRequest] = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        [DossierDocumentKind.Rejection] = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
        [DossierDocumentKind.Apology] = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
        [DossierDocumentKind.ResultVerificationSheet] = "PHIẾU XÁC MINH KẾT QUẢ ĐIỆN TỬ",
        [DossierDocumentKind.PaymentReceipt] = "BIÊN LAI THANH TOÁN TRỰC TUYẾN",
        [DossierDocumentKind.ControlSheet] = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        [DossierDocumentKind.RefusalNotice] = "Về việc từ chối giải quyết hồ sơ",
        [DossierDocumentKind.StopNotice] = "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
    };

    [TestCaseSource(nameof(Kinds))]
    public async Task EveryForm_PrintsItsTitle_TheDossierCode_AndTheApplicantWithDiacritics(DossierDocumentKind kind)
    {
        var pdf = await RenderAsync(SampleDocuments.For(kind), Path.ChangeExtension(DocumentTemplates.FileName(kind), ".pdf"));

        Encoding.ASCII.GetString(pdf, 0, 4).ShouldBe("%PDF");
        var text = PdfText.Read(pdf);
        text.Pages.ShouldBe(1);
        text.ShouldShow(
            Titles[kind],
            $"Mã hồ sơ: {SampleDocuments.DossierCode}",
            $"Ông/Bà {SampleDocuments.ApplicantName}",
            SampleDocuments.ProcedureName,
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày");
    }

    [Test]
    public async Task PaymentReceipt_PrintsEachFee_TheTotal_TheTimeAndTheGatewaysTransaction()
    {
        var text = PdfText.Read(await RenderAsync(SampleDocuments.For(DossierDocumentKind.PaymentReceipt)));

        text.ShouldShow(
            "Số biên lai: 0191f0000000700080000000000000b1",
            "Lệ phí cấp bản sao 50.000 đồng",
            "Phí bản sao (2 bản) 40.000 đồng",
            "Tổng số tiền đã thanh toán: 90.000 đồng",
            "Thời gian thanh toán: 16 giờ 40 phút, ngày 13 tháng 02 năm 2026",
            "Kênh thanh toán: VNPAY; mã giao dịch: 14226112; ngân hàng: NCB");
    }

    [Test]
    public async Task Receipt_PrintsEveryReceivedDocument_TheReceptionTime_AndTheAppointment()
    {
        var text = PdfText.Read(await RenderAsync(SampleDocuments.For(DossierDocumentKind.Receipt)));

        text.ShouldShow(
            "Hà Nội, ngày 13 tháng 02 năm 2026",
            "Thời gian nhận hồ sơ: 16 giờ 30 phút, ngày 13 tháng 02 năm 2026",
            "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 23 tháng 02 năm 2026",
            "Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
            "Giấy tờ chứng minh quan hệ với người được cấp văn bằng",
            "Bản sao chứng thực 02",
            "2. Số lượng hồ sơ: 01 (bộ)",
            "3. Thời gian giải quyết hồ sơ theo quy định: Trong ngày làm việc",
            "6. Nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả",
            "Vào Sổ theo dõi hồ sơ, Quyển số: 2026, Số thứ tự: 0007 ngày 13/02/2026",
            "phường Cửa Nam",
            "NGƯỜI TIẾP NHẬN HỒ SƠ",
            "Trần Thị Mai");
    }

    [Test]
    public async Task Apology_PrintsTheReasonAndTheNewAppointment_UnderTheSignersTitle()
    {
        var text = PdfText.Read(await RenderAsync(SampleDocuments.For(DossierDocumentKind.Apology)));

        text.ShouldShow(
            "Kính gửi: Ông/Bà Nguyễn Văn Đức",
            "Thời gian hẹn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 23 tháng 02 năm 2026",
            "Lý do: Sổ gốc cấp văn bằng năm 2008 đang được số hóa",
            "hẹn trả kết quả giải quyết hồ sơ vào: 10 giờ 00 phút, ngày 02 tháng 03 năm 2026",
            "PHÓ GIÁM ĐỐC",
            "Lê Minh Hoàng");
    }

    [Test]
    public async Task Rejection_PrintsEveryReason()
    {
        var document = SampleDocuments.For(DossierDocumentKind.Rejection);

        var text = PdfText.Read(await RenderAsync(document));

        text.ShouldShow("thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:");
        text.ShouldShow(document.RejectionReasons);
    }

    [Test]
    public async Task SupplementRequest_WithALongList_BreaksOntoASecondPage_AndKeepsEveryItem()
    {
        var document = SampleDocuments.For(DossierDocumentKind.SupplementRequest) with { MissingDocuments = SampleDocuments.Missing(30) };

        var text = PdfText.Read(await RenderAsync(document, "supplement-request-long.pdf"));

        text.Pages.ShouldBeGreaterThan(1);
        text.ShouldShow(document.MissingDocuments.SelectMany(m => new[] { m.Name, m.Reason! }));
        text.ShouldShow("NGƯỜI HƯỚNG DẪN");
        // The table's header row is repeated on the page where the list continues, and pages are numbered.
        text.PageTexts[1].ShouldContain("Giấy tờ, nội dung cần bổ sung, hoàn thiện Lý do", Case.Sensitive);
        text.PageTexts[1].ShouldContain($"Mã hồ sơ: {SampleDocuments.DossierCode} – Trang 2", Case.Sensitive);
    }

    [Test]
    public async Task MissingDetails_PrintAsBlanksToFillInByHand()
    {
        var document = SampleDocuments.For(DossierDocumentKind.Receipt) with
        {
            Applicant = new DocumentApplicant(SampleDocuments.ApplicantName, CitizenId: null, Address: null, Phone: null),
        };

        var text = PdfText.Read(await RenderAsync(document));

        text.ShouldShow("Địa chỉ: ……………", $"Ông/Bà {SampleDocuments.ApplicantName}");
    }

    [Test]
    public async Task TheSameDocument_RendersToTheSameBytes()
    {
        var document = SampleDocuments.For(DossierDocumentKind.Receipt);

        (await RenderAsync(document)).ShouldBe(await RenderAsync(document));
    }

    [Test]
    public void ATemplateText_WithAnUnknownPlaceholder_FailsInsteadOfPrintingIt()
    {
        var values = new DocumentValues(SampleDocuments.For(DossierDocumentKind.Receipt));

        values.Fill("{agencyName:upper}").ShouldBe("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI");
        Should.Throw<InvalidOperationException>(() => values.Fill("Ông/Bà {applicant}")).Message.ShouldContain("{applicant}");
    }

    // A generated result is a document of its own, not a one-stop form (see ResultDocumentsTests).
    // The register (Mẫu số 06) is an agency's, not one dossier's: it has its own test in the WebApi tests.
    private static DossierDocumentKind[] Kinds() => [.. Enum.GetValues<DossierDocumentKind>().Where(k => k is not DossierDocumentKind.Result and not DossierDocumentKind.Register)];

    /// <summary>Renders through the host's registered renderer; keeps a copy in the artifacts when the test script asks.</summary>
    private static async Task<byte[]> RenderAsync(DossierDocument document, string? artifactName = null)
    {
        byte[] pdf = [];
        await RunInScopeAsync(services =>
        {
            pdf = services.GetRequiredService<IDossierDocuments>().Render(document);
            return Task.CompletedTask;
        });
        var artifacts = Environment.GetEnvironmentVariable("HANOIDVC_ARTIFACTS");
        if (artifactName is not null && !string.IsNullOrEmpty(artifacts))
        {
            var folder = Directory.CreateDirectory(Path.Combine(artifacts, "documents"));
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, artifactName), pdf);
        }

        return pdf;
    }
}
