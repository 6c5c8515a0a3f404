using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace HanoiDvc.Application.IntegrationTests.Documents;

/// <summary>
/// The text of a PDF as PdfPig reads it, in drawing order, with line breaks and runs of spaces made single spaces
/// (so a phrase that wraps onto the next line still matches).
/// </summary>
internal sealed partial record PdfText(int Pages, string Text, IReadOnlyList<string> PageTexts)
{
    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => Whitespace().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim()).ToList();
        return new PdfText(document.NumberOfPages, string.Join(' ', pages), pages);
    }

    /// <summary>Asserts that every phrase appears, with its capitals and diacritics exactly.</summary>
    public void ShouldShow(params IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            Text.ShouldContain(phrase, Case.Sensitive);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
