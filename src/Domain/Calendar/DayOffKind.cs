namespace HanoiDvc.Domain.Calendar;

/// <summary>Why a day that would otherwise be a working day (or a weekend holiday) is off.</summary>
public enum DayOffKind
{
    /// <summary>A public holiday itself (Bộ luật Lao động 2019, Điều 112), even when it falls on a weekend.</summary>
    Holiday = 0,

    /// <summary>A compensatory day off (nghỉ bù) for a holiday that fell on a weekly rest day.</summary>
    Compensatory = 1,

    /// <summary>A working day swapped (hoán đổi) for a make-up working day, to join two breaks.</summary>
    Swapped = 2,
}
