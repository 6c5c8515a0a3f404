using System.Globalization;
using System.Text;

namespace HanoiDvc.Domain.Common;

/// <summary>Folds Vietnamese text for searching: lower case, no diacritics, <c>đ</c> → <c>d</c>, single spaces.</summary>
public static class VietnameseText
{
    /// <summary>"Cấp bản sao văn bằng – Đồng Tháp" → "cap ban sao van bang dong thap".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // đ/Đ is a letter of its own, not d plus a mark: Unicode decomposition leaves it alone.
            var folded = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(folded) || folded == '.')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(folded);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
