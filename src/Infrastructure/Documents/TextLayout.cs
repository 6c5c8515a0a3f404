using SkiaSharp;

namespace HanoiDvc.Infrastructure.Documents;

/// <summary>Breaks text into lines that fit a width (measured with the font) and draws single lines.</summary>
internal static class TextLayout
{
    public static float LineHeight(SKFont font) => font.Size * 1.45f;

    /// <summary>Greedy word wrap; explicit line breaks are kept, a word wider than the line is cut.</summary>
    public static List<string> Wrap(string text, SKFont font, float width, float firstLineIndent = 0)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var available = lines.Count == 0 ? width - firstLineIndent : width;
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (font.MeasureText(candidate) <= available)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (font.MeasureText(line) > width)
                {
                    var fits = Cut(line, (int)font.BreakText(line, width));
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Where to cut a word too long for a line (a link, a code): after the last '/', '-' or '.' that fits, else where it must.</summary>
    private static int Cut(string word, int fits)
    {
        var separator = word.LastIndexOfAny(['/', '-', '.'], Math.Max(0, fits - 1));
        return separator + 1 >= fits / 2 && separator > 0 ? separator + 1 : Math.Max(1, fits);
    }

    /// <summary>Draws <paramref name="line"/> in the box [x, x + width] on the baseline of a line whose top is <paramref name="top"/>.</summary>
    public static void Draw(SKCanvas canvas, string line, float x, float width, float top, SKFont font, TextAlignment align, SKPaint ink)
    {
        var baseline = top + (font.Size * 1.1f);
        var (anchor, skiaAlign) = align switch
        {
            TextAlignment.Center => (x + (width / 2), SKTextAlign.Center),
            TextAlignment.Right => (x + width, SKTextAlign.Right),
            _ => (x, SKTextAlign.Left),
        };
        canvas.DrawText(line, anchor, baseline, skiaAlign, font, ink);
    }
}
