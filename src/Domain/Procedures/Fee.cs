using System.Globalization;

namespace HanoiDvc.Domain.Procedures;

/// <summary>
/// A fee or charge of a procedure. <paramref name="AmountVnd"/> is the fixed amount in đồng or, when
/// <paramref name="CountField"/> names a form field (copies, pages, subjects…), the amount per unit counted there.
/// A fee without an amount (<paramref name="Rule"/> only, "theo quy định") is not charged online.
/// </summary>
/// <param name="Name">Name as published (Vietnamese).</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="AmountVnd">Fixed amount, or amount per unit; null when the law gives no amount.</param>
/// <param name="Rule">The published rule in words.</param>
/// <param name="CountField">The form field whose whole number multiplies <paramref name="AmountVnd"/>; null for a fixed amount.</param>
/// <param name="LegalBasis">
/// The document and article that set the amount (a fee resolution of the People's Council, a Ministry of Finance circular).
/// Required for a fee with an amount: a fee that is not owed blocks the result (Luật Phí và lệ phí 2015, Điều 4:
/// only the fees in the law's list are collected, at the amount set by the competent authority).
/// </param>
public sealed record Fee(string Name, string NameEn, long? AmountVnd, string? Rule, string? CountField = null, string? LegalBasis = null)
{
    /// <summary>Whether the fee asks for money (an amount above zero).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsCharged => AmountVnd is > 0;

    /// <summary>The amount due for <paramref name="formData"/>: the fixed amount, or unit amount × the count (missing or blank count → 0).</summary>
    /// <exception cref="Common.DomainException"><c>fee.invalid_count</c> when the count is not a whole number ≥ 0.</exception>
    public long AmountFor(IReadOnlyDictionary<string, string?> formData)
    {
        ArgumentNullException.ThrowIfNull(formData);
        if (AmountVnd is not { } amount)
        {
            return 0;
        }

        if (CountField is null)
        {
            return amount;
        }

        var text = formData.GetValueOrDefault(CountField);
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (!long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new Common.DomainException("fee.invalid_count", $"The fee '{Name}' counts the field '{CountField}', whose value '{text}' is not a whole number.");
        }

        return checked(amount * count);
    }
}
