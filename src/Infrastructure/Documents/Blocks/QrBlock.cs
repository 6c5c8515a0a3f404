using QRCoder;
using SkiaSharp;

namespace HanoiDvc.Infrastructure.Documents.Blocks;

/// <summary>A QR code (drawn as vector modules, so it stays sharp at any print size) with a caption beside it.</summary>
internal static class QrBlock
{
    private const float Size = 82f;

    public static void Draw(TemplateBlock block, PageLayout page, DocumentValues values)
    {
        // "height" sets a smaller code for a form that must stay on one page (still ≥ 60 pt ≈ 21 mm: scannable from paper).
        var Size = block.Height > 0 ? Math.Max(60f, block.Height) : QrBlock.Size;
        var canvas = page.EnsureRoom(Size + 6);
        using (var generator = new QRCodeGenerator())
        using (var data = generator.CreateQrCode(values.Fill(block.Value ?? "{lookupUrl}"), QRCodeGenerator.ECCLevel.M))
        using (var modules = Modules(data.ModuleMatrix, page.Left, page.Y, Size))
        using (var fill = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false })
        {
            canvas.DrawPath(modules, fill);
        }

        if (block.Caption is not null)
        {
            var font = page.Fonts.Get(TextStyle.Regular, TextBlocks.BodySize - 1);
            var x = page.Left + Size + 8;
            var y = page.Y + Math.Min(14, Size / 6);
            foreach (var line in TextLayout.Wrap(values.Fill(block.Caption), font, page.Right - x))
            {
                TextLayout.Draw(canvas, line, x, page.Right - x, y, font, TextAlignment.Left, page.Ink);
                y += TextLayout.LineHeight(font);
            }
        }

        page.Y += Size + 6;
    }

    /// <summary>The dark modules as one path, a rectangle per horizontal run (the matrix includes the quiet zone).</summary>
    private static SKPath Modules(List<System.Collections.BitArray> matrix, float left, float top, float size)
    {
        var path = new SKPath();
        var module = size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            var start = -1;
            for (var column = 0; column <= matrix[row].Length; column++)
            {
                var dark = column < matrix[row].Length && matrix[row][column];
                if (dark && start < 0)
                {
                    start = column;
                }
                else if (!dark && start >= 0)
                {
                    path.AddRect(SKRect.Create(left + (start * module), top + (row * module), (column - start) * module, module));
                    start = -1;
                }
            }
        }

        return path;
    }
}
