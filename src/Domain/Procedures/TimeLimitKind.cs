namespace HanoiDvc.Domain.Procedures;

/// <summary>How a procedure's time limit is counted.</summary>
public enum TimeLimitKind
{
    /// <summary>A number of working days (fractions allowed).</summary>
    WorkingDays,

    /// <summary>Within the day; requests after the cut-off count from the next working day.</summary>
    WithinDay,
}
