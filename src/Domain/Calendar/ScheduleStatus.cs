namespace HanoiDvc.Domain.Calendar;

/// <summary>Whether a year's days off were decided by the authorities or only proposed from the rules.</summary>
public enum ScheduleStatus
{
    /// <summary>Decided and published; the year names its sources (document numbers).</summary>
    Official = 0,

    /// <summary>Derived from the Labour Code's rules, awaiting the government's decision.</summary>
    Proposed = 1,
}
