using AutoMapper;
using HanoiDvc.Domain.Agencies;

namespace HanoiDvc.Application.Agencies.Queries.GetAgencies;

/// <summary>An agency as the public sees it.</summary>
public sealed record AgencyDto
{
    public Guid Id { get; init; }

    /// <summary>Identifier code (prefix of dossier codes), e.g. <c>000.00.12.H26</c>.</summary>
    public string Code { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public Guid? ParentId { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Agency, AgencyDto>();
    }
}
