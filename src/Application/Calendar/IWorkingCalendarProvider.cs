using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Calendar;

/// <summary>The working calendar built from the schedules in the database (official and proposed years).</summary>
public interface IWorkingCalendarProvider
{
    Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the cached calendar after a schedule changed.</summary>
    void Invalidate();
}
