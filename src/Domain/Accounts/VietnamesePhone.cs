using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace HanoiDvc.Domain.Accounts;

/// <summary>
/// A Vietnamese telephone number in national form: a mobile number <c>0[35789]</c> + 8 digits, or a landline
/// <c>02x</c> + 8 digits (11 digits, e.g. Hà Nội <c>024…</c>). The international prefix <c>+84</c> and separators
/// (spaces, dots, hyphens) are accepted and normalised away: <c>+84 912 345 678</c> becomes <c>0912345678</c>.
/// </summary>
public sealed partial record VietnamesePhone
{
    private VietnamesePhone(string value, bool isMobile)
    {
        Value = value;
        IsMobile = isMobile;
    }

    /// <summary>The number in national form, digits only, starting with 0.</summary>
    public string Value { get; }

    /// <summary>Whether this is a mobile number (otherwise a landline).</summary>
    public bool IsMobile { get; }

    /// <summary>Reads a phone number.</summary>
    /// <exception cref="DomainException">Code <c>phone.invalid</c> when it is not a Vietnamese number.</exception>
    public static VietnamesePhone Parse(string? value) =>
        TryParse(value, out var phone)
            ? phone
            : throw new DomainException("phone.invalid", "A Vietnamese phone number is a 10-digit mobile number (0[35789]…) or an 11-digit landline (02x…).");

    /// <summary>Reads a phone number without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out VietnamesePhone? phone)
    {
        phone = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var compact = Separators().Replace(value.Trim(), string.Empty);
        if (compact.StartsWith("+84", StringComparison.Ordinal))
        {
            compact = "0" + compact[3..];
        }

        if (Mobile().IsMatch(compact))
        {
            phone = new VietnamesePhone(compact, isMobile: true);
        }
        else if (Landline().IsMatch(compact))
        {
            phone = new VietnamesePhone(compact, isMobile: false);
        }

        return phone is not null;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"[\s.\-]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^0[35789]\d{8}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^02\d{9}$")]
    private static partial Regex Landline();
}
