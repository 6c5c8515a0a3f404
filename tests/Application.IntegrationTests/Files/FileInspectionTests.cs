using System.IO.Compression;
using System.Text;
using HanoiDvc.Application.Common.Files;

namespace HanoiDvc.Application.IntegrationTests.Files;

public sealed class FileInspectionTests
{
    [Test]
    public void Detect_RecognisesEachAcceptedKindByItsContent()
    {
        Detect("%PDF-1.7\n…"u8.ToArray()).ShouldBe(FileKind.Pdf);
        Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).ShouldBe(FileKind.Jpeg);
        Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).ShouldBe(FileKind.Png);
        Detect(Zip("[Content_Types].xml", "word/document.xml")).ShouldBe(FileKind.Docx);
    }

    [Test]
    public void Detect_RefusesWhatOnlyLooksLikeAnAcceptedKind()
    {
        Detect("MZ\u0090\0 an executable"u8.ToArray()).ShouldBeNull();
        Detect(Encoding.UTF8.GetBytes("<html>%PDF-</html>")).ShouldBeNull();
        Detect(Zip("[Content_Types].xml", "xl/workbook.xml")).ShouldBeNull("a spreadsheet is a zip too, but not a Word document");
        Detect("PK\u0003\u0004 truncated"u8.ToArray()).ShouldBeNull();
        Detect([]).ShouldBeNull();
    }

    [Test]
    public void Detect_LeavesTheStreamAtItsStart()
    {
        using var stream = new MemoryStream(Zip("[Content_Types].xml", "word/document.xml"));

        FileInspection.Detect(stream);

        stream.Position.ShouldBe(0);
    }

    [TestCase("../../etc/passwd.pdf", FileKind.Pdf, "passwd.pdf")]
    [TestCase(@"C:\Users\an\Bằng tốt nghiệp.PDF", FileKind.Pdf, "Bằng tốt nghiệp.pdf")]
    [TestCase("ảnh chân dung.png.exe", FileKind.Png, "ảnh chân dung_png.png")]
    [TestCase("giấy khai sinh\u0000<script>.jpg", FileKind.Jpeg, "giấy khai sinh__script.jpg")]
    [TestCase("", FileKind.Docx, "tep-dinh-kem.docx")]
    [TestCase("....", FileKind.Pdf, "tep-dinh-kem.pdf")]
    public void SafeName_DropsPathsAndUnsafeCharacters_AndTakesTheRealExtension(string clientName, FileKind kind, string expected) =>
        FileInspection.SafeName(clientName, kind).ShouldBe(expected);

    [Test]
    public void SafeName_IsAtMost120CharactersBeforeTheExtension() =>
        FileInspection.SafeName(new string('a', 500) + ".pdf", FileKind.Pdf).Length.ShouldBe(124);

    private static FileKind? Detect(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return FileInspection.Detect(stream);
    }

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<xml/>");
            }
        }

        return buffer.ToArray();
    }
}
