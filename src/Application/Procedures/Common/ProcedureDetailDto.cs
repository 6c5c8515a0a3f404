using AutoMapper;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Common;

/// <summary>Everything the public catalogue says about a procedure: steps, documents, time limit, fees, form.</summary>
public sealed record ProcedureDetailDto
{
    public Guid Id { get; init; }

    public string? NationalCode { get; init; }

    public Guid VersionId { get; init; }

    public int VersionNumber { get; init; }

    public ProcedureVersionStatus Status { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public string Name { get; init; } = string.Empty;

    public string NameEn { get; init; } = string.Empty;

    public ProcedureField Field { get; init; }

    public string DecidingLevelCode { get; init; } = string.Empty;

    public int ServiceLevel { get; init; }

    public TimeLimitDto TimeLimit { get; init; } = null!;

    public IReadOnlyList<Fee> Fees { get; init; } = [];

    public IReadOnlyList<RequiredDocument> Documents { get; init; } = [];

    public IReadOnlyList<ApplicantTypes> ApplicantTypes { get; init; } = [];

    public string ResultType { get; init; } = string.Empty;

    public string ResultTypeEn { get; init; } = string.Empty;

    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    /// <summary>The form the applicant fills (typed fields with bilingual labels and rules).</summary>
    public IReadOnlyList<FormField> Form { get; init; } = [];

    /// <summary>The processing workflow: ordered steps, each with the acting role and its share of the time limit.</summary>
    public IReadOnlyList<WorkflowStep> Steps { get; init; } = [];

    public string? Source { get; init; }

    /// <summary>When a level-4 procedure's fees are paid online: before reception or before the result.</summary>
    public PaymentDue PaymentDue { get; init; }

    /// <summary>Whether fees are paid online (level 4 only).</summary>
    public bool OnlinePayment { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ProcedureVersion, ProcedureDetailDto>()
            .ForMember(d => d.Id, o => o.MapFrom(s => s.ProcedureId))
            .ForMember(d => d.NationalCode, o => o.Ignore())
            .ForMember(d => d.VersionId, o => o.MapFrom(s => s.Id))
            .ForMember(d => d.VersionNumber, o => o.MapFrom(s => s.Number))
            .ForMember(d => d.NameEn, o => o.MapFrom(s => s.Content.NameEn))
            .ForMember(d => d.ServiceLevel, o => o.MapFrom(s => (int)s.ServiceLevel))
            .ForMember(d => d.TimeLimit, o => o.MapFrom(s => s.Content.TimeLimit))
            .ForMember(d => d.Fees, o => o.MapFrom(s => s.Content.Fees))
            .ForMember(d => d.Documents, o => o.MapFrom(s => s.Content.Documents))
            .ForMember(d => d.ApplicantTypes, o => o.MapFrom(s => ApplicantTypeList.Of(s.ApplicantTypes)))
            .ForMember(d => d.ResultType, o => o.MapFrom(s => s.Content.ResultType))
            .ForMember(d => d.ResultTypeEn, o => o.MapFrom(s => s.Content.ResultTypeEn))
            .ForMember(d => d.LegalBasis, o => o.MapFrom(s => s.Content.LegalBasis))
            .ForMember(d => d.Form, o => o.MapFrom(s => s.Content.Form))
            .ForMember(d => d.Steps, o => o.MapFrom(s => s.Content.Steps))
            .ForMember(d => d.PaymentDue, o => o.MapFrom(s => s.Content.PaymentDue))
            .ForMember(d => d.OnlinePayment, o => o.MapFrom(s => s.Content.OffersOnlinePayment))
            .ForMember(d => d.Source, o => o.MapFrom(s => s.Content.Source));
    }
}
