using System.Security.Cryptography;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// The code printed on an electronic result for its public verification: 12 characters from an alphabet without the
/// look-alikes 0/O, 1/I/L and U (≈ 59 bits, drawn by a cryptographic generator, so codes cannot be guessed or enumerated).
/// Shown in groups of four (<c>ABCD-EFGH-JKMN</c>); typed with or without dashes, in either case.
/// </summary>
public static class ResultVerificationCode
{
    /// <summary>The 30 characters a code is made of.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Length of a code without dashes.</summary>
    public const int Length = 12;

    /// <summary>A new random code, without dashes.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>
    /// The stored form of what someone typed (dashes and spaces dropped, upper case), or null when it cannot be a code;
    /// an invalid input is then simply not found.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 32)
        {
            return null;
        }

        var code = string.Concat(typed.Where(c => c is not ('-' or ' '))).ToUpperInvariant();
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }

    /// <summary>The printed form: <c>ABCD-EFGH-JKMN</c>.</summary>
    public static string Format(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;
    }
}
