using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.Agencies;

/// <summary>
/// A public body that receives or decides dossiers (cơ quan giải quyết): the Department, a district or commune
/// People's Committee, or one of their divisions. Agencies form a tree; levels are data, not code.
/// </summary>
public sealed class Agency : AggregateRoot
{
    private Agency() { }

    public Agency(string code, string name, Guid? parentId)
    {
        Id = Guid.CreateVersion7();
        Rename(name);
        Code = AgencyCode.Parse(code).Value;
        ParentId = parentId;
    }

    /// <summary>Identifier code per Thông tư 10/2016/TT-BTTTT (e.g. <c>000.00.12.H26</c>); prefixes every dossier code.</summary>
    public string Code { get; private set; } = null!;

    /// <summary>Official Vietnamese name.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>The agency this one belongs to, if any.</summary>
    public Guid? ParentId { get; private set; }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("agency.name_required", "An agency needs a name.");
        }

        Name = name.Trim();
    }
}
