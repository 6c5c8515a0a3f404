using System.Security.Cryptography;

namespace HanoiDvc.Domain.Complaints;

/// <summary>
/// The public code a complainant tracks a complaint by, e.g. <c>PAKN-7KQ2M9XH4D</c>: ten characters of an alphabet
/// without look-alikes (no I, L, O, U, 0, 1), drawn at random so codes cannot be guessed from one another.
/// </summary>
public static class ComplaintTrackingCode
{
    /// <summary>What every code starts with.</summary>
    public const string Prefix = "PAKN-";

    /// <summary>Characters after the prefix.</summary>
    public const int RandomLength = 10;

    /// <summary>Length of a whole code.</summary>
    public const int Length = 15;

    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new random code.</summary>
    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, RandomLength);

    /// <summary>The code in its stored form (trimmed, upper case), or null when <paramref name="value"/> cannot be one.</summary>
    public static string? Normalise(string? value)
    {
        var code = value?.Trim().ToUpperInvariant();
        return code is { Length: Length } && code.StartsWith(Prefix, StringComparison.Ordinal) && code[Prefix.Length..].All(Alphabet.Contains)
            ? code
            : null;
    }
}
