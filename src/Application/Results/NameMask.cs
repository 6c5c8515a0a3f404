using System.Globalization;
using System.Text;

namespace HanoiDvc.Application.Results;

/// <summary>Masks a Vietnamese full name for public pages: the family name whole, then each other word's first letter ("Nguyễn V** Đ**").</summary>
public static class NameMask
{
    /// <summary>Masks <paramref name="fullName"/>; one word keeps only its first letter.</summary>
    public static string Mask(string fullName)
    {
        var words = (fullName ?? string.Empty).Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return string.Empty;
        }

        var masked = words.Select((word, i) => i == 0 && words.Length > 1 ? word : $"{FirstLetter(word)}**");
        return string.Join(' ', masked);
    }

    private static string FirstLetter(string word) => StringInfo.GetNextTextElementLength(word) is var n and > 0 ? word[..n] : word;
}
