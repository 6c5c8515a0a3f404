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

    /// <summary>3 (một phần) or 4 (toàn trình).</summary>
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

    /// <summary>When a level-4 procedure's fees are paid online: before reception (default) or before the result.</summary>
    public PaymentDue PaymentDue { get; init; }

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
        PaymentDue);
}

/// <summary>A time limit as submitted: working days, or within the day with a cut-off hour.</summary>
public sealed record TimeLimitInput
{
    public TimeLimitKind Kind { get; init; }

    public decimal Days { get; init; }

    public TimeOnly? CutOff { get; init; }

    public decimal ExtraDays { get; init; }
}
