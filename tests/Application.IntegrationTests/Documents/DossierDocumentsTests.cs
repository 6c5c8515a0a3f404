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
    };

    [TestCaseSource(nameof(Kinds))]
    public async Task EveryForm_PrintsItsTitle_TheDossierCode_AndTheApplicantWithDiacritics(DossierDocumentKind kind)
    {
        var pdf = await RenderAsync(SampleDocuments.For(kind), Path.ChangeExtension(DocumentTemplates.FileName(kind), ".pdf"));

        Encoding.ASCII.GetString(pdf, 0, 4).ShouldBe("%PDF");
        var text = PdfText.Read(pdf);
        text.Pages.ShouldBe(1);
        text.Text.ShouldContain(Titles[kind], Case.Sensitive);
        text.Text.ShouldContain($"Mã hồ sơ: {SampleDocuments.DossierCode}", Case.Sensitive);
        text.Text.ShouldContain($"Ông/Bà {SampleDocuments.ApplicantName}", Case.Sensitive);
        text.Text.ShouldContain(SampleDocuments.ProcedureName, Case.Sensitive);
        text.Text.ShouldContain("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI", Case.Sensitive);
        text.Text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày", Case.Sensitive);
    }

    [Test]
    public async Task Receipt_PrintsEveryReceivedDocument_TheReceptionTime_AndTheAppointment()
    {
        var text = PdfText.Read(await RenderAsync(SampleDocuments.For(DossierDocumentKind.Receipt))).Text;

        text.ShouldContain("Hà Nội, ngày 13 tháng 02 năm 2026", Case.Sensitive);
        text.ShouldContain("Thời gian nhận hồ sơ: 16 giờ 30 phút, ngày 13 tháng 02 năm 2026", Case.Sensitive);
        text.ShouldContain("Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 23 tháng 02 năm 2026", Case.Sensitive);
        text.ShouldContain("Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc", Case.Sensitive);
        text.ShouldContain("Giấy tờ chứng minh quan hệ với người được cấp văn bằng 02", Case.Sensitive);
        text.ShouldContain("phường Cửa Nam", Case.Sensitive);
        text.ShouldContain("NGƯỜI TIẾP NHẬN HỒ SƠ", Case.Sensitive);
        text.ShouldContain("Trần Thị Mai", Case.Sensitive);
    }

    [Test]
    public async Task Apology_PrintsTheReasonAndTheNewAppointment_UnderTheSignersTitle()
    {
        var text = PdfText.Read(await RenderAsync(SampleDocuments.For(DossierDocumentKind.Apology))).Text;

        text.ShouldContain("Kính gửi: Ông/Bà Nguyễn Văn Đức", Case.Sensitive);
        text.ShouldContain("Thời gian hẹn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 23 tháng 02 năm 2026", Case.Sensitive);
        text.ShouldContain("Lý do: Sổ gốc cấp văn bằng năm 2008 đang được số hóa", Case.Sensitive);
        text.ShouldContain("10 giờ 00 phút, ngày 02 tháng 03 năm 2026", Case.Sensitive);
        text.ShouldContain("PHÓ GIÁM ĐỐC", Case.Sensitive);
        text.ShouldContain("Lê Minh Hoàng", Case.Sensitive);
    }

    [Test]
    public async Task Rejection_PrintsEveryReason()
    {
        var document = SampleDocuments.For(DossierDocumentKind.Rejection);

        var text = PdfText.Read(await RenderAsync(document)).Text;

        text.ShouldContain("thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:", Case.Sensitive);
        foreach (var reason in document.RejectionReasons)
        {
            text.ShouldContain(reason, Case.Sensitive);
        }
    }

    [Test]
    public async Task SupplementRequest_WithALongList_BreaksOntoASecondPage_AndKeepsEveryItem()
    {
        var document = SampleDocuments.For(DossierDocumentKind.SupplementRequest) with { MissingDocuments = SampleDocuments.Missing(30) };

        var text = PdfText.Read(await RenderAsync(document, "supplement-request-long.pdf"));

        text.Pages.ShouldBeGreaterThan(1);
        foreach (var missing in document.MissingDocuments)
        {
            text.Text.ShouldContain(missing.Name, Case.Sensitive);
            text.Text.ShouldContain(missing.Reason, Case.Sensitive);
        }

        // The table's header row is repeated on the page where the list continues, and pages are numbered.
        text.PageTexts[1].ShouldContain("Giấy tờ, nội dung cần bổ sung, hoàn thiện Lý do", Case.Sensitive);
        text.PageTexts[1].ShouldContain($"Mã hồ sơ: {SampleDocuments.DossierCode} – Trang 2", Case.Sensitive);
        text.Text.ShouldContain("NGƯỜI HƯỚNG DẪN", Case.Sensitive);
    }

    [Test]
    public async Task MissingDetails_PrintAsBlanksToFillInByHand()
    {
        var document = SampleDocuments.For(DossierDocumentKind.Receipt) with
        {
            Applicant = new DocumentApplicant(SampleDocuments.ApplicantName, CitizenId: null, Address: null, Phone: null),
        };

        var text = PdfText.Read(await RenderAsync(document)).Text;

        text.ShouldContain("Địa chỉ: ……………", Case.Sensitive);
        text.ShouldContain($"Ông/Bà {SampleDocuments.ApplicantName}", Case.Sensitive);
    }

    [Test]
    public async Task TheSameDocument_RendersToTheSameBytes()
    {
        var document = SampleDocuments.For(DossierDocumentKind.Receipt);

        (await RenderAsync(document)).ShouldBe(await RenderAsync(document));
    }

    private static DossierDocumentKind[] Kinds() => Enum.GetValues<DossierDocumentKind>();

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
