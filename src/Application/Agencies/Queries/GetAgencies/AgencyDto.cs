using AutoMapper;
using HanoiDvc.Domain.Agencies;

namespace HanoiDvc.Application.Agencies.Queries.GetAgencies;

/// <summary>An agency as the public sees it.</summary>
public sealed record AgencyDto
{
    public Guid Id { get; init; }

    /// <summary>Identifier code (prefix of dossier codes), e.g. <c>000.00.12.H26</c>.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>
    /// Whether the code was checked against Hanoi's published list of identifier codes (Quyết định 2918/QĐ-UBND, 2022);
    /// false while the code only has the shape of Thông tư 10/2016/TT-BTTTT.
    /// </summary>
    public bool CodeVerified { get; init; }

    /// <summary>Where the code comes from, if recorded.</summary>
    public string? CodeSource { get; init; }

    public string Name { get; init; } = string.Empty;

    public string NameEn { get; init; } = string.Empty;

    public AgencyKind Kind { get; init; }

    /// <summary>Administrative level code (<c>province</c>, <c>district</c>, <c>commune</c>).</summary>
    public string LevelCode { get; init; } = string.Empty;

    public Guid? ParentId { get; init; }

    public string? Address { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? ReceptionHours { get; init; }

    /// <summary>Receives dossiers at its desk.</summary>
    public bool Receives { get; init; }

    /// <summary>Decides dossiers.</summary>
    public bool Decides { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Agency, AgencyDto>()
            .ForMember(d => d.Address, o => o.MapFrom(s => s.Contact.Address))
            .ForMember(d => d.Phone, o => o.MapFrom(s => s.Contact.Phone))
            .ForMember(d => d.Email, o => o.MapFrom(s => s.Contact.Email))
            .ForMember(d => d.ReceptionHours, o => o.MapFrom(s => s.Contact.ReceptionHours));
    }
}
