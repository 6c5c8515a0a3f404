using System.Text.RegularExpressions;
using HanoiDvc.Application.Common.Privacy;
using Serilog.Events;
using Serilog.Formatting;

namespace HanoiDvc.WebApi.Observability;

/// <summary>
/// Writes a log event with <paramref name="inner"/> and masks the citizen IDs, phone numbers and e-mail addresses left
/// in any JSON string of the line: the rendered message, the exception and its stack, anything an enricher could not
/// see. Only strings are touched, so the line stays valid JSON and numbers stay numbers.
/// </summary>
internal sealed partial class MaskingJsonFormatter(ITextFormatter inner) : ITextFormatter
{
    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var line = new StringWriter(output.FormatProvider);
        inner.Format(logEvent, line);
        output.Write(JsonString().Replace(line.ToString(), m => PersonalDataMask.Text(m.Value)));
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex JsonString();
}
