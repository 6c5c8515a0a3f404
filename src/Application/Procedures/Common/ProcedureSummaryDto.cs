using AutoMapper;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Common;

/// <summary>A procedure as listed in the public catalogue (its published version).</summary>
public sealed record ProcedureSummaryDto
{
    /// <summary>Id of the procedure (stable across versions).</summary>
    public Guid Id { get; init; }

    /// <summary>Code in the national catalogue, e.g. <c>1.010020</c>; null when none is assigned.</summary>
    public string? NationalCode { get; init; }

    public string Name { get; init; } = string.Empty;

    public string NameEn { get; init; } = string.Empty;

    public ProcedureField Field { get; init; }

    /// <summary>Administrative level whose agencies decide (<c>province</c>, <c>district</c>, <c>commune</c>).</summary>
    public string DecidingLevelCode { get; init; } = string.Empty;

    /// <summary>2 = information only ("thông tin trực tuyến", not applied for online), 3 = partly online ("một phần"), 4 = fully online ("toàn trình").</summary>
    public int ServiceLevel { get; init; }

    public TimeLimitDto TimeLimit { get; init; } = null!;

    public IReadOnlyList<ApplicantTypes> ApplicantTypes { get; init; } = [];

    /// <summary>Version number of the published content.</summary>
    public int VersionNumber { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<TimeLimit, TimeLimitDto>();
            CreateMap<ProcedureVersion, ProcedureSummaryDto>()
                .ForMember(d => d.Id, o => o.MapFrom(s => s.ProcedureId))
                .ForMember(d => d.NationalCode, o => o.Ignore())
                .ForMember(d => d.NameEn, o => o.MapFrom(s => s.Content.NameEn))
                .ForMember(d => d.ServiceLevel, o => o.MapFrom(s => (int)s.ServiceLevel))
                .ForMember(d => d.TimeLimit, o => o.MapFrom(s => s.Content.TimeLimit))
                .ForMember(d => d.ApplicantTypes, o => o.MapFrom(s => ApplicantTypeList.Of(s.ApplicantTypes)))
                .ForMember(d => d.VersionNumber, o => o.MapFrom(s => s.Number));
        }
    }
}
