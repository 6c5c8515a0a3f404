using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace HanoiDvc.Domain.Procedures;

/// <summary>
/// Evaluates <see cref="FormFieldRule"/>s against one value. The SPA's <c>form-rules.ts</c> evaluates the same objects the
/// same way; the shared cases under <c>tests/form-rules/</c> run through both.
/// </summary>
public static partial class FormRuleCheck
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>The first rule <paramref name="value"/> fails, or null. Blank (after trimming) fails only a required rule.</summary>
    /// <param name="rules">The field's rules, in order.</param>
    /// <param name="value">The value as sent; trimmed of white space (<c>char.IsWhiteSpace</c>) before it is checked.</param>
    /// <param name="fileReferences">What a file rule accepts (compared without regard to case); null: file rules pass.</param>
    public static FormFieldRule? FirstFailure(IReadOnlyList<FormFieldRule> rules, string? value, IReadOnlySet<string>? fileReferences = null)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return rules.FirstOrDefault(r => r.Kind == FormRuleKind.Required);
        }

        return rules.FirstOrDefault(rule => !Passes(rule, trimmed, fileReferences));
    }

    private static bool Passes(FormFieldRule rule, string value, IReadOnlySet<string>? fileReferences) => rule.Kind switch
    {
        FormRuleKind.Required => true,
        FormRuleKind.File => fileReferences is null || fileReferences.Contains(value),
        FormRuleKind.MaxLength => value.Length <= int.Parse(rule.Limit!, CultureInfo.InvariantCulture),
        FormRuleKind.Pattern => Matches(rule.Pattern, value),
        FormRuleKind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        FormRuleKind.Min => CompareNumbers(value, rule.Limit!) is not < 0,
        FormRuleKind.Max => CompareNumbers(value, rule.Limit!) is not > 0,
        FormRuleKind.Options => rule.Values?.Contains(value, StringComparer.Ordinal) == true,
        _ => true,
    };

    private static bool Matches(string? pattern, string value)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return true;
        }

        try
        {
            // The whole value must match, as in an HTML pattern attribute. ECMAScript: \d, \w and the rest mean what they mean
            // in the browser, which runs the same pattern.
            return Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.ECMAScript, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return true; // a pattern that is no regular expression checks nothing, here as in the browser
        }
    }

    /// <summary>Compares two decimal numerals exactly; null when <paramref name="value"/> is not one.</summary>
    private static int? CompareNumbers(string value, string limit) =>
        Numeral(value) is { } a && Numeral(limit) is { } b ? Scale(a, b.Scale).CompareTo(Scale(b, a.Scale)) : null;

    private static BigInteger Scale((BigInteger Digits, int Scale) number, int otherScale) =>
        number.Digits * BigInteger.Pow(10, Math.Max(0, otherScale - number.Scale));

    private static (BigInteger Digits, int Scale)? Numeral(string text)
    {
        var match = NumeralShape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var fraction = match.Groups["fraction"].Value;
        var digits = BigInteger.Parse("0" + match.Groups["integer"].Value + fraction, CultureInfo.InvariantCulture);
        return (match.Groups["sign"].Value == "-" ? -digits : digits, fraction.Length);
    }

    [GeneratedRegex(@"^(?<sign>[+-]?)(?:(?<integer>[0-9]+)(?:\.(?<fraction>[0-9]*))?|\.(?<fraction>[0-9]+))\z")]
    private static partial Regex NumeralShape();
}
