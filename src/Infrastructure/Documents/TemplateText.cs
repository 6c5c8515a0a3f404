using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HanoiDvc.Infrastructure.Documents;

/// <summary>Fills the {placeholders} of template texts (<c>{name}</c>, <c>{form.key}</c>); <c>{name:upper}</c> prints the value in capitals.</summary>
internal static partial class TemplateText
{
    /// <summary>What a form prints where the model has no value: a blank to fill in by hand, as on the paper forms.</summary>
    public const string Blank = "……………";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Fill(string text, Func<string, (bool Known, string? Value)> lookup)
    {
        var filled = Placeholder().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            var (known, value) = lookup(name);
            if (!known)
            {
                throw new InvalidOperationException($"The template text \"{text}\" uses the unknown placeholder {{{name}}}.");
            }

            value = string.IsNullOrWhiteSpace(value) ? Blank : value.Trim();
            return match.Groups["upper"].Success && value != Blank ? value.ToUpper(Vietnamese) : value;
        });
        // Precomposed letters (NFC) map one character to one glyph of the font: no shaping engine is needed.
        return filled.Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\{(?<name>[a-zA-Z]+(\.[a-zA-Z0-9]+)?)(?<upper>:upper)?\}")]
    private static partial Regex Placeholder();
}
