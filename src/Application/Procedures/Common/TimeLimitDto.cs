using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Common;

/// <summary>A time limit: working days, or within the day with a cut-off hour.</summary>
public sealed record TimeLimitDto
{
    public TimeLimitKind Kind { get; init; }

    /// <summary>Working days (0 for "within the day").</summary>
    public decimal Days { get; init; }

    /// <summary>Local cut-off hour for "within the day" (requests after it count from the next working day).</summary>
    public TimeOnly? CutOff { get; init; }

    /// <summary>Extra working days allowed for large requests.</summary>
    public decimal ExtraDays { get; init; }

    /// <summary>The limit in working hours (days × 8), as provincial systems store it.</summary>
    public decimal WorkingHours { get; init; }
}
