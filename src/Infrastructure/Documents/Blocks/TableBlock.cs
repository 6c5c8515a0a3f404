using SkiaSharp;

namespace HanoiDvc.Infrastructure.Documents.Blocks;

/// <summary>A bordered table with one row per item of a model list; the header row repeats on each new page.</summary>
internal static class TableBlock
{
    private const float Padding = 4f;

    public static void Draw(TemplateBlock block, PageLayout page, DocumentValues values)
    {
        var total = block.Columns.Sum(c => c.Width);
        var widths = block.Columns.Select(c => page.Width * c.Width / total).ToArray();
        var header = block.Columns.Select(c => values.Fill(c.Header)).ToArray();
        var size = block.FontSize > 0 ? block.FontSize : TextBlocks.BodySize - 0.5f;
        var headerFont = page.Fonts.Get(TextStyle.Bold, size);
        var cellFont = page.Fonts.Get(TextStyle.Regular, size);
        var centred = Enumerable.Repeat(TextAlignment.Center, widths.Length).ToArray();
        var aligns = block.Columns.Select(c => c.Align).ToArray();
        var headerHeight = RowHeight(header, widths, headerFont);

        var rows = values.Rows(block.Items);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = block.Columns.Select(c => rows[i](c.Value)).ToArray();
            var height = RowHeight(cells, widths, cellFont);
            var pageBefore = page.PageNumber;
            page.EnsureRoom(height + (i == 0 ? headerHeight : 0));
            if (i == 0 || page.PageNumber != pageBefore)
            {
                Row(page, header, widths, headerFont, centred, headerHeight, shaded: true);
            }

            Row(page, cells, widths, cellFont, aligns, height, shaded: false);
        }

        page.Y += 6;
    }

    private static float RowHeight(string[] cells, float[] widths, SKFont font) =>
        cells.Select((text, c) => TextLayout.Wrap(text, font, widths[c] - (2 * Padding)).Count).Max()
        * TextLayout.LineHeight(font) + (2 * Padding);

    private static void Row(PageLayout page, string[] cells, float[] widths, SKFont font, TextAlignment[] aligns, float height, bool shaded)
    {
        var canvas = page.EnsureRoom(height);
        var x = page.Left;
        for (var c = 0; c < cells.Length; c++)
        {
            var box = SKRect.Create(x, page.Y, widths[c], height);
            if (shaded)
            {
                using var fill = new SKPaint { Color = new SKColor(0xEE, 0xEE, 0xEE), Style = SKPaintStyle.Fill };
                canvas.DrawRect(box, fill);
            }

            canvas.DrawRect(box, page.Rule);
            var y = page.Y + Padding;
            foreach (var line in TextLayout.Wrap(cells[c], font, widths[c] - (2 * Padding)))
            {
                TextLayout.Draw(canvas, line, x + Padding, widths[c] - (2 * Padding), y, font, aligns[c], page.Ink);
                y += TextLayout.LineHeight(font);
            }

            x += widths[c];
        }

        page.Y += height;
    }
}
