using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Common;

/// <summary>The content of a procedure version as an administrator submits it.</summary>
public sealed record ProcedureContentInput
{
    public string Name { get; init; } = string.Empty;

    public string? NameEn { get; init; }

    public ProcedureField Field { get; init; }

    /// <summary>Administrative level whose agencies decide (<c>province</c>, <c>district</c>, <c>commune</c>).</summary>
    public string DecidingLevelCode { get; init; } = string.Empty;

    /// <summary>2 (information only, not offered online), 3 (một phần) or 4 (toàn trình): Nghị định 42/2022/NĐ-CP, Điều 11.</summary>
    public int ServiceLevel { get; init; }

    public TimeLimitInput TimeLimit { get; init; } = new();

    public IReadOnlyList<Fee> Fees { get; init; } = [];

    public IReadOnlyList<RequiredDocument> Documents { get; init; } = [];

    public IReadOnlyList<ApplicantTypes> ApplicantTypes { get; init; } = [];

    public string ResultType { get; init; } = string.Empty;

    public string? ResultTypeEn { get; init; }

    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    public IReadOnlyList<FormField> Form { get; init; } = [];

    public IReadOnlyList<WorkflowStep> Steps { get; init; } = [];

    public string? Source { get; init; }

    /// <summary>When fees paid online are due: before reception (default) or before the result.</summary>
    public PaymentDue PaymentDue { get; init; }

    /// <summary>Whether fees are paid online, at any online level; null: as level 4 did before this setting (true at 4, false below).</summary>
    public bool? OnlinePayment { get; init; }

    /// <summary>Whether the result is delivered online; null: as level 4 did before this setting.</summary>
    public bool? OnlineResult { get; init; }

    /// <summary>"Cơ quan/người có thẩm quyền quyết định" as the law names it; leave empty when not confirmed.</summary>
    public string? DecidingAuthority { get; init; }

    /// <summary>The deciding authority in English.</summary>
    public string? DecidingAuthorityEn { get; init; }

    /// <summary>The document and article that name the deciding authority (required with it).</summary>
    public string? DecidingAuthorityBasis { get; init; }

    /// <summary>"Cơ quan/bộ phận tiếp nhận" as published, e.g. the city's public administration service centre.</summary>
    public string? ReceivingBody { get; init; }

    /// <summary>
    /// Where the facts were read and what is still missing (an entry is verified only when nothing is). Left out, the
    /// version is unverified with "sources not stated" as what is missing.
    /// </summary>
    public EvidenceInput? Evidence { get; init; }

    internal ProcedureContent ToContent() => new(
        Name,
        NameEn ?? string.Empty,
        Field,
        DecidingLevelCode,
        (ServiceLevel)ServiceLevel,
        new TimeLimit(TimeLimit.Kind, TimeLimit.Days, TimeLimit.CutOff, TimeLimit.ExtraDays),
        Fees,
        Documents,
        ApplicantTypeList.Combine(ApplicantTypes),
        ResultType,
        ResultTypeEn ?? string.Empty,
        LegalBasis,
        Form,
        Steps,
        Source,
        PaymentDue,
        OnlinePayment,
        OnlineResult,
        string.IsNullOrWhiteSpace(DecidingAuthority) ? null : new DecidingAuthority(DecidingAuthority, DecidingAuthorityEn, DecidingAuthorityBasis ?? string.Empty),
        ReceivingBody,
        Evidence is null
            ? null
            : new CatalogueEvidence(Evidence.Verified, Evidence.Missing, Evidence.ServiceLevelSource, Evidence.TimeLimitSource, Evidence.FeesSource, Evidence.DocumentsSource));
}

/// <summary>Where a version's facts were read (see <see cref="CatalogueEvidence"/>).</summary>
public sealed record EvidenceInput
{
    /// <summary>True only when every fact was read in a published record.</summary>
    public bool Verified { get; init; }

    /// <summary>What was not read; required unless verified.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    public string? ServiceLevelSource { get; init; }

    public string? TimeLimitSource { get; init; }

    /// <summary>For a procedure without fees: where "không" (no fee) was read.</summary>
    public string? FeesSource { get; init; }

    public string? DocumentsSource { get; init; }
}

/// <summary>A time limit as submitted: working days, or within the day with a cut-off hour.</summary>
public sealed record TimeLimitInput
{
    public TimeLimitKind Kind { get; init; }

    public decimal Days { get; init; }

    public TimeOnly? CutOff { get; init; }

    public decimal ExtraDays { get; init; }
}
