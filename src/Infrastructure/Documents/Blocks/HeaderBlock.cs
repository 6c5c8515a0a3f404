namespace HanoiDvc.Infrastructure.Documents.Blocks;

/// <summary>
/// The heading of an administrative document: the issuing agency on the left, the national motto on the right,
/// each underlined by a short rule with a note below (document number; place and date).
/// </summary>
internal static class HeaderBlock
{
    private const float MaxSize = 11f;
    private const float MinSize = 9f;
    private const float LeftShare = 0.48f;
    private const float Gutter = 8f;

    public static void Draw(TemplateBlock block, PageLayout page, DocumentValues values)
    {
        page.EnsureRoom(90);
        var leftWidth = page.Width * LeftShare;
        var rightWidth = page.Width - leftWidth;
        var leftBottom = Column(page, block.Left, block.LeftNote, TextStyle.Regular, page.Left, leftWidth, values, shortRule: true);
        var rightBottom = Column(page, block.Right, block.RightNote, TextStyle.Italic, page.Left + leftWidth, rightWidth, values, shortRule: false);
        page.Y = Math.Max(leftBottom, rightBottom) + 8;
    }

    /// <summary>Draws a column from the current top and returns where it ends.</summary>
    private static float Column(PageLayout page, IReadOnlyList<string> texts, string? note, TextStyle noteStyle, float x, float width, DocumentValues values, bool shortRule)
    {
        var lines = texts.Select(values.Fill).ToList();
        var size = FittingSize(page, lines, width - (2 * Gutter));
        var bold = page.Fonts.Get(TextStyle.Bold, size);
        var y = page.Y;
        var lastLineWidth = 0f;
        foreach (var line in lines.SelectMany(l => TextLayout.Wrap(l, bold, width - (2 * Gutter))))
        {
            TextLayout.Draw(page.Canvas, line, x, width, y, bold, TextAlignment.Center, page.Ink);
            lastLineWidth = bold.MeasureText(line);
            y += TextLayout.LineHeight(bold);
        }

        // The agency is underlined by a short rule, the motto's last line by a rule as long as the line.
        var rule = shortRule ? width / 3 : lastLineWidth;
        var centre = x + (width / 2);
        page.Canvas.DrawLine(centre - (rule / 2), y + 2, centre + (rule / 2), y + 2, page.Rule);
        y += 10;
        if (note is not null)
        {
            var font = page.Fonts.Get(noteStyle, Math.Min(size, 10.5f));
            foreach (var line in TextLayout.Wrap(values.Fill(note), font, width - (2 * Gutter)))
            {
                TextLayout.Draw(page.Canvas, line, x, width, y, font, TextAlignment.Center, page.Ink);
                y += TextLayout.LineHeight(font);
            }
        }

        return y;
    }

    /// <summary>The largest half-point size from 11 down to 9 pt at which every line fits the column; longer lines wrap.</summary>
    private static float FittingSize(PageLayout page, List<string> lines, float width)
    {
        var font = page.Fonts.Get(TextStyle.Bold, MaxSize);
        var widest = lines.Count == 0 ? 0 : lines.Max(line => font.MeasureText(line));
        return widest <= width ? MaxSize : Math.Max(MinSize, MathF.Floor(MaxSize * width / widest * 2) / 2);
    }
}
