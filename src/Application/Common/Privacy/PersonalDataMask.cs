using System.Text.RegularExpressions;
using HanoiDvc.Application.Results;

namespace HanoiDvc.Application.Common.Privacy;

/// <summary>
/// How personal data looks where it must not appear whole (logs): a citizen ID keeps its last three digits
/// (<c>*********345</c>), a phone number its last three digits (<c>*******678</c>), an e-mail address its first letter
/// and domain (<c>a***@example.vn</c>), a name its family name and initials (<c>Nguyễn V** A**</c>).
/// <see cref="Text"/> finds citizen IDs, phone numbers and e-mail addresses in free text.
/// </summary>
public static partial class PersonalDataMask
{
    /// <summary>Every character but the last three replaced by <c>*</c>.</summary>
    public static string CitizenId(string citizenId)
    {
        ArgumentNullException.ThrowIfNull(citizenId);
        var value = citizenId.Trim();
        return value.Length <= 3 ? new string('*', value.Length) : new string('*', value.Length - 3) + value[^3..];
    }

    /// <summary>Every digit but the last three replaced by <c>*</c>; separators and <c>+</c> stay.</summary>
    public static string Phone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var keep = 3;
        var masked = phone.Trim().ToCharArray();
        for (var i = masked.Length - 1; i >= 0; i--)
        {
            if (char.IsAsciiDigit(masked[i]) && keep-- <= 0)
            {
                masked[i] = '*';
            }
        }

        return new string(masked);
    }

    /// <summary>The first letter, <c>***</c> and the domain.</summary>
    public static string Email(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }

    /// <summary>The family name whole, each other word's first letter (see <see cref="NameMask"/>).</summary>
    public static string Name(string fullName) => NameMask.Mask(fullName);

    /// <summary><paramref name="text"/> with every citizen ID, phone number and e-mail address in it masked.</summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('0', '9') && !text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }

        var masked = CitizenIdPattern().Replace(text, m => CitizenId(m.Value));
        masked = PhonePattern().Replace(masked, m => Phone(m.Value));
        return EmailPattern().Replace(masked, m => Email(m.Value));
    }

    /// <summary>12 digits standing alone (not inside a longer number or an identifier such as a trace id).</summary>
    [GeneratedRegex(@"\b\d{12}\b")]
    private static partial Regex CitizenIdPattern();

    /// <summary>A Vietnamese mobile (0[35789] + 8 digits) or landline (02 + 9 digits) number, national or +84, with separators.</summary>
    [GeneratedRegex(@"(?<![\w+])(?:\+84[\s.\-]?|0)(?:[35789](?:[\s.\-]?\d){8}|2(?:[\s.\-]?\d){9})(?!\w)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();
}
