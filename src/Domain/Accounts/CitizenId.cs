using System.Diagnostics.CodeAnalysis;

namespace HanoiDvc.Domain.Accounts;

/// <summary>
/// A personal identification number (số định danh cá nhân, printed on the CCCD card), Thông tư 59/2021/TT-BCA:
/// 12 digits = province of birth registration (3) + century and sex (1) + last two digits of the birth year (2)
/// + a random part (6). Century and sex: 0/1 = 20th century male/female, 2/3 = 21st, 4/5 = 22nd, 6/7 = 23rd, 8/9 = 24th.
/// </summary>
public sealed record CitizenId
{
    private CitizenId(string value) => Value = value;

    /// <summary>The 12 digits.</summary>
    public string Value { get; }

    /// <summary>Code of the province where the birth was registered (e.g. <c>001</c> for Hà Nội).</summary>
    public string ProvinceCode => Value[..3];

    /// <summary>Name of that province.</summary>
    public string ProvinceName => CitizenIdProvinces.NameOf(ProvinceCode)!;

    /// <summary>Year of birth encoded by the 4th to 6th digits.</summary>
    public int BirthYear => 1900 + (CenturyDigit / 2 * 100) + int.Parse(Value.AsSpan(4, 2), provider: System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the 4th digit encodes a woman (odd) rather than a man (even).</summary>
    public bool IsFemale => CenturyDigit % 2 == 1;

    private int CenturyDigit => Value[3] - '0';

    /// <summary>Reads a personal identification number; surrounding spaces are ignored.</summary>
    /// <exception cref="DomainException">Code <c>citizen_id.invalid</c> when it is not one.</exception>
    public static CitizenId Parse(string? value) =>
        TryParse(value, out var id)
            ? id
            : throw new DomainException("citizen_id.invalid", "A personal identification number has 12 digits and starts with a province code.");

    /// <summary>Reads a personal identification number without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out CitizenId? citizenId)
    {
        citizenId = null;
        var candidate = value?.Trim();
        if (candidate is null || candidate.Length != 12 || !candidate.All(char.IsAsciiDigit) || !CitizenIdProvinces.Contains(candidate[..3]))
        {
            return false;
        }

        citizenId = new CitizenId(candidate);
        return true;
    }

    /// <summary>Whether the number's century digit and year digits agree with this date of birth.</summary>
    public bool MatchesBirthDate(DateOnly dateOfBirth) => BirthYear == dateOfBirth.Year;

    public override string ToString() => Value;
}
