namespace HanoiDvc.Domain.Agencies;

/// <summary>
/// A tier of government (city/province, district, commune). Data, not code: the three-tier set-up of 2019 and the two-tier
/// set-up in force since July 2025 differ only in their rows.
/// </summary>
public sealed class AdministrativeLevel
{
    private AdministrativeLevel() { }

    public AdministrativeLevel(string code, string name, string nameEn, int rank)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("level.invalid", "A level needs a code and a name.");
        }

        Code = code.Trim().ToLowerInvariant();
        Name = name.Trim();
        NameEn = nameEn.Trim();
        Rank = rank > 0 ? rank : throw new DomainException("level.invalid", "A level's rank starts at 1 (the city).");
    }

    /// <summary>Stable key, e.g. <c>province</c>, <c>district</c>, <c>commune</c>.</summary>
    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public string NameEn { get; private set; } = null!;

    /// <summary>1 for the city, growing downwards.</summary>
    public int Rank { get; private set; }
}
