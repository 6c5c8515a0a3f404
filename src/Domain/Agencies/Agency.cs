namespace HanoiDvc.Domain.Agencies;

/// <summary>
/// A public body that receives or decides dossiers (cơ quan giải quyết): the Department, a district or commune
/// People's Committee, a service centre, or one of their divisions. Agencies form a tree; levels are data.
/// Since July 2025 the agency that receives a dossier may differ from the one that decides it.
/// </summary>
public sealed class Agency : AggregateRoot
{
    private Agency() { }

    public Agency(string code, string name, string nameEn, AgencyKind kind, string levelCode, Guid? parentId, AgencyContact contact, bool receives, bool decides,
        bool codeVerified = false, string? codeSource = null)
    {
        Id = Guid.CreateVersion7();
        Code = AgencyCode.Parse(code).Value;
        Kind = kind;
        LevelCode = string.IsNullOrWhiteSpace(levelCode)
            ? throw new DomainException("agency.level_required", "An agency sits at an administrative level.")
            : levelCode.Trim().ToLowerInvariant();
        ParentId = parentId;
        Update(name, nameEn, contact, receives, decides);
        SetCodeVerification(codeVerified, codeSource);
    }

    /// <summary>Identifier code per Thông tư 10/2016/TT-BTTTT (e.g. <c>000.00.12.H26</c>); prefixes every dossier code.</summary>
    public string Code { get; private set; } = null!;

    /// <summary>
    /// Whether <see cref="Code"/> was checked against the city's published list of identifier codes (Quyết định
    /// 2918/QĐ-UBND of 17/8/2022, issued under Thông tư 10/2016/TT-BTTTT). False means the code only has the legal shape.
    /// </summary>
    public bool CodeVerified { get; private set; }

    /// <summary>Where the code comes from (the published list and its appendix, or how it was made up); optional.</summary>
    public string? CodeSource { get; private set; }

    /// <summary>Official Vietnamese name.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>English name.</summary>
    public string NameEn { get; private set; } = null!;

    public AgencyKind Kind { get; private set; }

    /// <summary>Code of the <see cref="AdministrativeLevel"/> the agency sits at.</summary>
    public string LevelCode { get; private set; } = null!;

    /// <summary>The agency this one belongs to, if any.</summary>
    public Guid? ParentId { get; private set; }

    public AgencyContact Contact { get; private set; } = AgencyContact.None;

    /// <summary>Whether the agency's desk receives dossiers (bộ phận một cửa).</summary>
    public bool Receives { get; private set; }

    /// <summary>Whether the agency decides dossiers (issues results).</summary>
    public bool Decides { get; private set; }

    /// <summary>Changes what may change after creation; the code, kind, level and place in the tree are fixed.</summary>
    public void Update(string name, string nameEn, AgencyContact contact, bool receives, bool decides)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("agency.name_required", "An agency needs a name.");
        }

        Name = name.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? Name : nameEn.Trim();
        Contact = contact;
        Receives = receives;
        Decides = decides;
    }

    /// <summary>Records whether the identifier code was checked against the published list, and where it comes from.</summary>
    public void SetCodeVerification(bool verified, string? source)
    {
        if (source is { Length: > CodeSourceMaxLength })
        {
            throw new DomainException("agency.code_source_too_long", $"An agency's code source has at most {CodeSourceMaxLength} characters.");
        }

        CodeVerified = verified;
        CodeSource = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
    }

    /// <summary>Longest <see cref="CodeSource"/>.</summary>
    public const int CodeSourceMaxLength = 500;
}
