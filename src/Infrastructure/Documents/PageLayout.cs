using SkiaSharp;

namespace HanoiDvc.Infrastructure.Documents;

/// <summary>
/// A4 pages of a PDF and the position where the next block goes. Margins follow the usual layout of Vietnamese
/// administrative documents (left 3 cm for binding, 2 cm elsewhere); a block that does not fit starts a new page.
/// </summary>
internal sealed class PageLayout : IDisposable
{
    public const float A4Short = 595.28f;
    public const float A4Long = 841.89f;
    private const float Millimetre = 72f / 25.4f;

    private readonly SKDocument _document;
    private readonly string _footer;
    private SKCanvas? _canvas;

    public PageLayout(Stream output, SKDocumentPdfMetadata metadata, string footer, bool landscape = false)
    {
        PageWidth = landscape ? A4Long : A4Short;
        PageHeight = landscape ? A4Short : A4Long;
        Right = PageWidth - (20 * Millimetre);
        Bottom = PageHeight - (20 * Millimetre);
        _document = SKDocument.CreatePdf(output, metadata) ?? throw new InvalidOperationException("Skia cannot create a PDF document.");
        _footer = footer;
    }

    public float PageWidth { get; }
    public float PageHeight { get; }
    public float Left { get; } = 30 * Millimetre;
    public float Right { get; }
    public float Top { get; } = 20 * Millimetre;
    public float Bottom { get; }
    public float Width => Right - Left;

    /// <summary>The top of the next line on the current page.</summary>
    public float Y { get; set; }

    public int PageNumber { get; private set; }

    public DocumentFonts Fonts { get; } = new();

    public SKPaint Ink { get; } = new() { Color = SKColors.Black, IsAntialias = true };

    public SKPaint Rule { get; } = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f };

    public SKCanvas Canvas => _canvas ?? NewPage();

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one (or this page is empty).</summary>
    public SKCanvas EnsureRoom(float height)
    {
        if (_canvas is null || (Y + height > Bottom && Y > Top))
        {
            return NewPage();
        }

        return _canvas;
    }

    /// <summary>Draws wrapped lines from <see cref="Y"/> down, breaking the page between lines when needed.</summary>
    public void Flow(IEnumerable<string> lines, SKFont font, float x, float width, TextAlignment align, float firstLineIndent = 0)
    {
        var first = true;
        foreach (var line in lines)
        {
            var canvas = EnsureRoom(TextLayout.LineHeight(font));
            var indent = first ? firstLineIndent : 0;
            TextLayout.Draw(canvas, line, x + indent, width - indent, Y, font, align, Ink);
            Y += TextLayout.LineHeight(font);
            first = false;
        }
    }

    public SKCanvas NewPage()
    {
        if (_canvas is not null)
        {
            EndPage(footer: true);
        }

        _canvas = _document.BeginPage(PageWidth, PageHeight);
        PageNumber++;
        Y = Top;
        return _canvas;
    }

    /// <summary>Ends the last page and writes the file's trailer.</summary>
    public void Close()
    {
        if (_canvas is not null)
        {
            EndPage(footer: PageNumber > 1);
        }

        _document.Close();
    }

    public void Dispose()
    {
        _document.Dispose();
        Fonts.Dispose();
        Ink.Dispose();
        Rule.Dispose();
    }

    private void EndPage(bool footer)
    {
        if (footer)
        {
            var font = Fonts.Get(TextStyle.Italic, 8.5f);
            TextLayout.Draw(_canvas!, $"{_footer} – Trang {PageNumber}", Left, Width, Bottom + (6 * Millimetre), font, TextAlignment.Center, Ink);
        }

        _document.EndPage();
        _canvas = null;
    }
}
