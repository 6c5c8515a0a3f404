using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Documents;
using Microsoft.Extensions.DependencyInjection;
using QRCoder;
using UglyToad.PdfPig;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Documents;

/// <summary>The generated result of the copy-of-diploma procedure, read back as text and as the QR code drawn in it.</summary>
public sealed class ResultDocumentsTests
{
    [Test]
    public async Task TheCopyOfADiploma_PrintsTheFormValues_TheApplicant_AndTheVerificationCodeAndUrl()
    {
        var pdf = await RenderAsync(SampleDocuments.For(DossierDocumentKind.Result), "ban-sao-van-bang.pdf");

        var text = PdfText.Read(pdf);
        text.Pages.ShouldBe(1);
        text.ShouldShow(
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI",
            "BẢN SAO BẰNG TỐT NGHIỆP THPT",
            $"Ông/Bà {SampleDocuments.ApplicantName}",
            "Họ và tên người được cấp văn bằng: Nguyễn Thị Lan Anh",
            "Năm tốt nghiệp: 2008",
            "Số hiệu văn bằng: B 0123456",
            "Số vào sổ gốc cấp văn bằng: 1234/2008",
            $"Mã xác minh: {SampleDocuments.VerificationCode}",
            "https://dichvucong.hanoi.edu.vn/xac-minh/7KQ4-MZ9T-H2XW",
            "PHÓ GIÁM ĐỐC",
            "Lê Minh Hoàng");
    }

    [Test]
    public async Task TheQrCodeDrawnInTheResult_IsTheQrCodeOfItsVerificationUrl()
    {
        var pdf = await RenderAsync(SampleDocuments.For(DossierDocumentKind.Result));

        var drawn = DrawnQrModules(pdf);

        drawn.SetEquals(ExpectedModules(SampleDocuments.VerificationUrl.AbsoluteUri)).ShouldBeTrue();
        drawn.SetEquals(ExpectedModules("https://dichvucong.hanoi.edu.vn/xac-minh/7KQ4-MZ9T-H2XX")).ShouldBeFalse("another code draws another QR code");
    }

    [Test]
    public async Task TheVerificationSheet_PrintsTheCodeTheHashAndTheUrl()
    {
        var text = PdfText.Read(await RenderAsync(SampleDocuments.For(DossierDocumentKind.ResultVerificationSheet), "phieu-xac-minh-ket-qua.pdf"));

        text.ShouldShow(
            "PHIẾU XÁC MINH KẾT QUẢ ĐIỆN TỬ",
            "Kết quả: Quyết định công nhận văn bằng",
            $"Mã xác minh: {SampleDocuments.VerificationCode}",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            SampleDocuments.VerificationUrl.AbsoluteUri);
    }

    /// <summary>
    /// The dark modules of the QR code on the first page as (row, column) from its top-left dark module: the QR code is the
    /// filled path with the most subpaths (one rectangle per run of dark modules).
    /// </summary>
    private static HashSet<(int Row, int Column)> DrawnQrModules(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var qr = document.GetPage(1).Paths.Where(p => p.IsFilled).MaxBy(p => p.Count)!;
        var rectangles = qr.Select(subpath => subpath.GetBoundingRectangle()!.Value).ToList();
        var left = rectangles.Min(r => r.Left);
        var top = rectangles.Max(r => r.Top);
        var module = rectangles.Min(r => r.Height);
        var modules = new HashSet<(int, int)>();
        foreach (var r in rectangles)
        {
            var row = (int)Math.Round((top - r.Top) / module);
            var first = (int)Math.Round((r.Left - left) / module);
            var count = (int)Math.Round(r.Width / module);
            for (var c = first; c < first + count; c++)
            {
                modules.Add((row, c));
            }
        }

        return modules;
    }

    /// <summary>The dark modules QRCoder gives for <paramref name="text"/> (error correction M, as the documents use), in the same frame.</summary>
    private static HashSet<(int Row, int Column)> ExpectedModules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var dark = Enumerable.Range(0, data.ModuleMatrix.Count)
            .SelectMany(row => Enumerable.Range(0, data.ModuleMatrix[row].Length).Where(c => data.ModuleMatrix[row][c]).Select(c => (row, c)))
            .ToList();
        var (top, left) = (dark.Min(d => d.row), dark.Min(d => d.c));
        return [.. dark.Select(d => (d.row - top, d.c - left))];
    }

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
