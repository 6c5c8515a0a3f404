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

    /// <summary>2 = information only ("thông tin trực tuyến"), 3 = "một phần", 4 = "toàn trình" (Nghị định 42/2022/NĐ-CP, Điều 11; the numbers are the historical "mức độ").</summary>
    public int ServiceLevel { get; init; }

    /// <summary>The level's name under Nghị định 42/2022/NĐ-CP: <c>toan-trinh</c>, <c>mot-phan</c> or <c>thong-tin-truc-tuyen</c>.</summary>
    public string ServiceLevelCode { get; init; } = string.Empty;

    /// <summary>
    /// Whether the procedure may be applied for online. False when it is published only as information (Nghị định
    /// 42/2022/NĐ-CP, Điều 11): the client shows where to apply instead of an apply button.
    /// </summary>
    public bool OnlineApplication { get; init; }

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

    /// <summary>Whether fees are paid online: the version's setting, whatever its level.</summary>
    public bool OnlinePayment { get; init; }

    /// <summary>Whether the result is delivered online (the version's setting).</summary>
    public bool OnlineResult { get; init; }

    /// <summary>"Cơ quan/người có thẩm quyền quyết định" as the law names it; null where not confirmed from a source.</summary>
    public string? DecidingAuthority { get; init; }

    /// <summary>The deciding authority in English.</summary>
    public string? DecidingAuthorityEn { get; init; }

    /// <summary>The provision that names the deciding authority.</summary>
    public string? DecidingAuthorityBasis { get; init; }

    /// <summary>"Cơ quan/bộ phận tiếp nhận" as published; null where not read.</summary>
    public string? ReceivingBody { get; init; }

    /// <summary>Where the facts were read and what is still missing.</summary>
    public CatalogueEvidence Evidence { get; init; } = null!;

    /// <summary>The date (Hanoi) from which this version applies; a scheduled version comes into force then.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ProcedureVersion, ProcedureDetailDto>()
            .ForMember(d => d.Id, o => o.MapFrom(s => s.ProcedureId))
            .ForMember(d => d.NationalCode, o => o.Ignore())
            .ForMember(d => d.VersionId, o => o.MapFrom(s => s.Id))
            .ForMember(d => d.VersionNumber, o => o.MapFrom(s => s.Number))
            .ForMember(d => d.NameEn, o => o.MapFrom(s => s.Content.NameEn))
            .ForMember(d => d.ServiceLevel, o => o.MapFrom(s => (int)s.ServiceLevel))
            .ForMember(d => d.ServiceLevelCode, o => o.MapFrom(s => s.ServiceLevel.Decree42Code()))
            .ForMember(d => d.OnlineApplication, o => o.MapFrom(s => s.Content.OffersOnlineApplication))
            .ForMember(d => d.OnlineResult, o => o.MapFrom(s => s.Content.OffersOnlineResult))
            .ForMember(d => d.DecidingAuthority, o => o.MapFrom(s => s.Content.DecidingAuthority == null ? null : s.Content.DecidingAuthority.Name))
            .ForMember(d => d.DecidingAuthorityEn, o => o.MapFrom(s => s.Content.DecidingAuthority == null ? null : s.Content.DecidingAuthority.NameEn))
            .ForMember(d => d.DecidingAuthorityBasis, o => o.MapFrom(s => s.Content.DecidingAuthority == null ? null : s.Content.DecidingAuthority.LegalBasis))
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
            .ForMember(d => d.Source, o => o.MapFrom(s => s.Content.Source))
            .ForMember(d => d.ReceivingBody, o => o.MapFrom(s => s.Content.ReceivingBody))
            .ForMember(d => d.Evidence, o => o.MapFrom(s => s.Content.Evidence));
    }
}
