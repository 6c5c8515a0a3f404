using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Documents;
using HanoiDvc.Infrastructure.Documents.Blocks;
using SkiaSharp;

namespace HanoiDvc.Infrastructure.Documents;

/// <summary>
/// Renders the one-stop forms to PDF with Skia: the template of the document's kind (<c>Documents/Templates</c>) is laid
/// out block by block on A4 pages with the embedded DejaVu fonts.
/// </summary>
internal sealed class SkiaDossierDocuments : IDossierDocuments
{
    public byte[] Render(DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var template = DocumentTemplates.For(document);
        var values = new DocumentValues(document);
        using var output = new MemoryStream();
        using (var page = new PageLayout(output, Metadata(template, document), document.Footer ?? $"Mã hồ sơ: {document.DossierCode}", template.Orientation == PageOrientation.Landscape))
        {
            foreach (var block in template.Blocks)
            {
                Draw(block, page, values);
            }

            page.Close();
        }

        return output.ToArray();
    }

    private static void Draw(TemplateBlock block, PageLayout page, DocumentValues values)
    {
        switch (block.Type)
        {
            case BlockType.Header: HeaderBlock.Draw(block, page, values); break;
            case BlockType.Title: TextBlocks.Title(block, page, values); break;
            case BlockType.Paragraph: TextBlocks.Paragraph(block, page, values); break;
            case BlockType.List: TextBlocks.List(block, page, values); break;
            case BlockType.Table: TableBlock.Draw(block, page, values); break;
            case BlockType.Qr: QrBlock.Draw(block, page, values); break;
            case BlockType.Signature: SignatureBlock.Draw(block, page, values); break;
            case BlockType.Space: TextBlocks.Space(block, page); break;
            default: throw new InvalidOperationException($"Unknown block type {block.Type}.");
        }
    }

    // No creation date: the same document renders to the same bytes.
    private static SKDocumentPdfMetadata Metadata(DocumentTemplate template, DossierDocument document) => new()
    {
        Title = $"{template.Title} – {document.DossierCode}",
        Subject = template.Basis,
        Author = document.AgencyName,
        Creator = "HanoiDvc",
        Creation = null,
        Modified = null,
    };
}
