namespace HanoiDvc.Domain.Procedures;

/// <summary>The legal time limit for resolving a dossier.</summary>
public sealed record TimeLimit
{
    public TimeLimit(TimeLimitKind kind, decimal days, TimeOnly? cutOff, decimal extraDays)
    {
        var valid = extraDays >= 0 && kind switch
        {
            TimeLimitKind.WorkingDays => days > 0 && days <= 365 && cutOff is null,
            TimeLimitKind.WithinDay => days == 0 && cutOff is not null,
            _ => false,
        };
        if (!valid)
        {
            throw new DomainException("procedure.invalid_time_limit", "A time limit is 0–365 working days, or within the day with a cut-off hour.");
        }

        Kind = kind;
        Days = days;
        CutOff = cutOff;
        ExtraDays = extraDays;
    }

    public TimeLimitKind Kind { get; }

    /// <summary>Working days for <see cref="TimeLimitKind.WorkingDays"/>; 0 for "within the day".</summary>
    public decimal Days { get; }

    /// <summary>For "within the day": requests at or after this local time count from the next working day (usually 15:00).</summary>
    public TimeOnly? CutOff { get; }

    /// <summary>Extra working days the agency may take for large requests (0 if none).</summary>
    public decimal ExtraDays { get; }

    public static TimeLimit WorkingDays(decimal days, decimal extraDays = 0) => new(TimeLimitKind.WorkingDays, days, null, extraDays);

    public static TimeLimit WithinDay(TimeOnly cutOff, decimal extraDays = 0) => new(TimeLimitKind.WithinDay, 0, cutOff, extraDays);

    /// <summary>Working hours as provincial systems store them (days × 8); "within the day" counts as one day.</summary>
    public decimal WorkingHours => (Kind == TimeLimitKind.WithinDay ? 1 : Days) * 8;
}
