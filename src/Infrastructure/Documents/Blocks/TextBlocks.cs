namespace HanoiDvc.Infrastructure.Documents.Blocks;

/// <summary>Title, paragraph, numbered list and vertical space.</summary>
internal static class TextBlocks
{
    public const float BodySize = 11f;
    private const float TitleSize = 13f;
    private const float Indent = 28f;

    public static void Title(TemplateBlock block, PageLayout page, DocumentValues values)
    {
        var font = page.Fonts.Get(TextStyle.Bold, TitleSize);
        var lines = TextLayout.Wrap(values.Fill(Required(block.Text, "title")), font, page.Width);
        page.EnsureRoom((lines.Count + 2) * TextLayout.LineHeight(font));
        page.Y += 10;
        page.Flow(lines, font, page.Left, page.Width, TextAlignment.Center);
        if (block.Subtitle is not null)
        {
            var subtitle = page.Fonts.Get(TextStyle.Italic, BodySize);
            page.Flow(TextLayout.Wrap(values.Fill(block.Subtitle), subtitle, page.Width), subtitle, page.Left, page.Width, TextAlignment.Center);
        }

        page.Y += 10;
    }

    public static void Paragraph(TemplateBlock block, PageLayout page, DocumentValues values)
    {
        var font = page.Fonts.Get(block.Style, BodySize);
        var indent = block.Indent ? Indent : 0;
        var lines = TextLayout.Wrap(values.Fill(Required(block.Text, "paragraph")), font, page.Width, indent);
        page.Flow(lines, font, page.Left, page.Width, block.Align, indent);
        page.Y += 2;
    }

    /// <summary>"1. item", with the wrapped lines of an item aligned under its text.</summary>
    public static void List(TemplateBlock block, PageLayout page, DocumentValues values)
    {
        var font = page.Fonts.Get(block.Style, BodySize);
        var textLeft = page.Left + Indent + 18;
        var textWidth = page.Right - textLeft;
        foreach (var row in values.Rows(block.Items))
        {
            var lines = TextLayout.Wrap(row(block.Item ?? "{text}"), font, textWidth);
            var canvas = page.EnsureRoom(TextLayout.LineHeight(font));
            TextLayout.Draw(canvas, row("{index}."), page.Left + Indent, 18, page.Y, font, TextAlignment.Left, page.Ink);
            page.Flow(lines, font, textLeft, textWidth, TextAlignment.Left);
        }

        page.Y += 2;
    }

    public static void Space(TemplateBlock block, PageLayout page) => page.Y += block.Height;

    public static string Required(string? text, string blockType) =>
        text ?? throw new InvalidOperationException($"A {blockType} block of a template has no text.");
}
