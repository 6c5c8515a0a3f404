using System.IO.Compression;
using System.Text;

namespace HanoiDvc.Application.Common.Files;

/// <summary>
/// Decides what an uploaded file really is from its first bytes (and, for DOCX, its zip directory) — never from the
/// name or the Content-Type the client sent — and makes its name safe to store and to send back.
/// </summary>
public static class FileInspection
{
    private static readonly Dictionary<FileKind, string> Extensions = new()
    {
        [FileKind.Pdf] = ".pdf",
        [FileKind.Jpeg] = ".jpg",
        [FileKind.Png] = ".png",
        [FileKind.Docx] = ".docx",
    };

    private static readonly Dictionary<FileKind, string> MediaTypes = new()
    {
        [FileKind.Pdf] = "application/pdf",
        [FileKind.Jpeg] = "image/jpeg",
        [FileKind.Png] = "image/png",
        [FileKind.Docx] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public static string MediaType(FileKind kind) => MediaTypes[kind];

    /// <summary>The kind of <paramref name="content"/> (a seekable stream, left at position 0), or null when it is none of the accepted kinds.</summary>
    public static FileKind? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        head = head[..read];

        if (head.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileKind.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileKind.Png;
        }

        return head.StartsWith("PK\u0003\u0004"u8) && IsWordDocument(content) ? FileKind.Docx : null;
    }

    /// <summary>
    /// A name safe on any disk and in a Content-Disposition header: no path, no control or reserved characters,
    /// at most 120 characters, ending in the extension of what the file really is. Vietnamese letters are kept.
    /// </summary>
    public static string SafeName(string? clientName, FileKind kind)
    {
        var name = Path.GetFileNameWithoutExtension((clientName ?? string.Empty).Replace('\\', '/').Split('/')[^1]);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            builder.Append(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '(' or ')' ? c : '_');
        }

        var safe = builder.ToString().Trim(' ', '.', '_');
        if (safe.Length == 0)
        {
            safe = "tep-dinh-kem";
        }

        return (safe.Length > 120 ? safe[..120] : safe) + Extensions[kind];
    }

    private static bool IsWordDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
