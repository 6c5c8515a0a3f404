using System.Collections.Frozen;

namespace HanoiDvc.Application.Common.Security;

/// <summary>
/// The password rules, shared by the request validators and the Identity options so that both say the same: length,
/// character classes, not a common or breached password, and none of the account's own identifiers.
/// </summary>
public static class PasswordPolicy
{
    /// <summary>Fewest characters in a password.</summary>
    public const int MinimumLength = 10;

    /// <summary>Most characters in a password (bounds the hashing work per attempt).</summary>
    public const int MaximumLength = 128;

    /// <summary>Fewest characters left once digits and punctuation are taken off both ends ("Ab12345678" is a run of digits).</summary>
    public const int MinimumCoreLength = 4;

    /// <summary>Shortest identifier worth looking for inside a password.</summary>
    private const int ShortestIdentifier = 4;

    /// <summary>Phone numbers and citizen IDs are found by their last this many digits, however they were typed.</summary>
    private const int NumberTail = 9;

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);

    /// <summary>
    /// Whether the password is on the list of common and breached passwords, whatever its case and whatever digits or
    /// punctuation it starts or ends with ("Password12", "matkhau@2026"), or is little more than such a run.
    /// </summary>
    public static bool IsCommon(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }

        var lower = password.ToLowerInvariant();
        var core = Core(lower);
        return core.Length < MinimumCoreLength || Common.Value.Contains(lower) || Common.Value.Contains(core);
    }

    /// <summary>
    /// Whether the password contains one of the account's identifiers: a user name, the part of an e-mail before the
    /// <c>@</c>, a citizen ID or a phone number (by its last nine digits, with or without <c>+84</c>, spaces or dots).
    /// Case-insensitive; identifiers shorter than four characters are ignored.
    /// </summary>
    public static bool ContainsPersonalData(string? password, params IEnumerable<string?> identifiers)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }

        var passwordDigits = Digits(password);
        foreach (var identifier in identifiers)
        {
            var value = identifier?.Trim() ?? string.Empty;
            var at = value.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0)
            {
                value = value[..at];
            }

            if (value.Length >= ShortestIdentifier && password.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var digits = Digits(value);
            if (digits.Length >= NumberTail && passwordDigits.Contains(digits[^NumberTail..], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text without the digits, punctuation, symbols and spaces at either end.</summary>
    private static string Core(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsDecoration(text[start]))
        {
            start++;
        }

        while (end > start && IsDecoration(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static bool IsDecoration(char c) => char.IsDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c);

    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));

    private static FrozenSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("HanoiDvc.Application.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                // Each entry and its core, so that "Password12" meets "password1" through "password".
                var word = line.Trim().ToLowerInvariant();
                words.Add(word);
                words.Add(Core(word));
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
