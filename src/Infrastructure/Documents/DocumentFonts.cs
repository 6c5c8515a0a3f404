using SkiaSharp;

namespace HanoiDvc.Infrastructure.Documents;

/// <summary>
/// DejaVu Sans (regular and bold), embedded from <c>Documents/Fonts</c> so that Vietnamese renders the same on every
/// machine; italic is the regular face slanted. Fonts are cached per size and style for one document.
/// </summary>
internal sealed class DocumentFonts : IDisposable
{
    private static readonly Lazy<SKTypeface> Regular = new(() => Load("DejaVuSans-Subset.ttf"));
    private static readonly Lazy<SKTypeface> Bold = new(() => Load("DejaVuSans-Bold-Subset.ttf"));

    private readonly Dictionary<(TextStyle, float), SKFont> _fonts = [];

    public SKFont Get(TextStyle style, float size)
    {
        if (!_fonts.TryGetValue((style, size), out var font))
        {
            font = new SKFont(style == TextStyle.Bold ? Bold.Value : Regular.Value, size)
            {
                SkewX = style == TextStyle.Italic ? -0.2f : 0f,
                // Unhinted, unrounded advances: hinted ones are whole points, which spaces letters unevenly in a PDF.
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
            };
            _fonts[(style, size)] = font;
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fonts.Clear();
    }

    private static SKTypeface Load(string fileName)
    {
        var resource = $"{typeof(DocumentFonts).Namespace}.Fonts.{fileName}";
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font {resource} is missing from the build.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The font {resource} cannot be read.");
    }
}
