namespace HanoiDvc.Domain.Calendar;

/// <summary>A weekly rest day (usually a Saturday) that becomes a working day (ngày làm bù) in exchange for a swapped day off.</summary>
/// <param name="Date">The local date that is worked.</param>
/// <param name="Name">What it is called, in Vietnamese (e.g. <c>Làm bù cho thứ Hai 29/4/2024</c>).</param>
/// <param name="ReplacesDate">The working day that was given off in exchange, when known.</param>
public sealed record MakeUpWorkingDay(DateOnly Date, string Name, DateOnly? ReplacesDate)
{
    /// <summary>What it is called, in Vietnamese.</summary>
    public string Name { get; } = !string.IsNullOrWhiteSpace(Name)
        ? Name
        : throw new DomainException("calendar.unnamed_day", $"The make-up working day on {Date:yyyy-MM-dd} needs a name.");
}
