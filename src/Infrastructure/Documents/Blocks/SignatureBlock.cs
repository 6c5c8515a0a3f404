namespace HanoiDvc.Infrastructure.Documents.Blocks;

/// <summary>Side-by-side columns at the foot of a form, kept on one page: who signs (with room to sign) or the distribution list.</summary>
internal static class SignatureBlock
{
    private const float RoomToSign = 62f;
    private const float NoteSize = 10f;

    public static void Draw(TemplateBlock block, PageLayout page, DocumentValues values)
    {
        if (block.Signers.Count == 0)
        {
            return;
        }

        // A single signer signs on the right half, as on the published forms.
        var width = page.Width / Math.Max(2, block.Signers.Count);
        var first = page.Left + ((Math.Max(2, block.Signers.Count) - block.Signers.Count) * width);
        var height = block.Signers.Max(s => Column(s, page, values, page.Left, width, 0, draw: false));
        page.EnsureRoom(height + 6);
        page.Y += 6;
        for (var i = 0; i < block.Signers.Count; i++)
        {
            Column(block.Signers[i], page, values, first + (i * width), width, page.Y, draw: true);
        }

        page.Y += height;
    }

    /// <summary>Measures (and draws when <paramref name="draw"/>) one column; returns its height.</summary>
    private static float Column(SignatureColumn column, PageLayout page, DocumentValues values, float x, float width, float top, bool draw)
    {
        var y = top;
        void Lines(string text, TextStyle style, float size, TextAlignment align)
        {
            var font = page.Fonts.Get(style, size);
            foreach (var line in TextLayout.Wrap(values.Fill(text), font, width - 6))
            {
                if (draw)
                {
                    TextLayout.Draw(page.Canvas, line, x + 3, width - 6, y, font, align, page.Ink);
                }

                y += TextLayout.LineHeight(font);
            }
        }

        foreach (var heading in column.Heading)
        {
            Lines(heading, TextStyle.Bold, TextBlocks.BodySize, column.Align);
        }

        if (column.Note is not null)
        {
            Lines(column.Note, TextStyle.Italic, NoteSize, column.Align);
        }

        foreach (var line in column.Lines)
        {
            Lines(line, TextStyle.Regular, NoteSize, column.Align);
        }

        if (column.Name is not null)
        {
            y += RoomToSign;
            Lines(column.Name, TextStyle.Bold, TextBlocks.BodySize, column.Align);
        }

        return y - top;
    }
}
