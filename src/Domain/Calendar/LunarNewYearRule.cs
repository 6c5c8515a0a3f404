namespace HanoiDvc.Domain.Calendar;

/// <summary>Which five days a proposal gives for Tết Nguyên đán; the Labour Code fixes only their number and the Prime Minister picks them.</summary>
public enum LunarNewYearRule
{
    /// <summary>The last day of the old lunar year and the first four days of the new one.</summary>
    LastDayAndFirstFourDays = 0,

    /// <summary>
    /// The practice of 2017–2026: the last two days of the old year and the first three of the new one, except that the split
    /// moves (1 + 4 when Tết falls on a Tuesday, 3 + 2 on a Thursday) so that the five days are Monday to Friday when they can be.
    /// </summary>
    AlignedToWorkingWeek = 1,
}
