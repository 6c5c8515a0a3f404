using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.WebApi.Input;

/// <summary>
/// The characters no text of the API may carry: control characters other than tab, carriage return and line feed
/// (PostgreSQL refuses NUL in text; the others have no place in a name, a comment or a code) and unpaired surrogates
/// (not Unicode, so they cannot be written as UTF-8).
/// </summary>
internal static class ControlCharacters
{
    /// <summary>Whether <paramref name="text"/> holds a character the API refuses.</summary>
    public static bool AreIn(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The field error for a value that holds one, in the request's language.</summary>
    public static string Message() => Localized.Text(
        "Không được chứa ký tự điều khiển (như NUL) hay ký tự Unicode không hợp lệ.",
        "Must not contain control characters (such as NUL) or invalid Unicode.");
}
