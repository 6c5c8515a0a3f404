using HanoiDvc.Domain.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.Application.Calendar;

/// <summary>
/// Builds the calendar from the database once and keeps it for a minute: schedules change a few times a year, and a
/// change made on another API node is picked up within that minute (a change made here is seen at once).
/// </summary>
internal sealed class WorkingCalendarProvider(IServiceScopeFactory scopes, TimeProvider clock) : IWorkingCalendarProvider, IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (WorkingCalendar Calendar, DateTimeOffset LoadedAt)? _cached;

    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } fresh && clock.GetUtcNow() - fresh.LoadedAt < Lifetime)
        {
            return fresh.Calendar;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } loaded && clock.GetUtcNow() - loaded.LoadedAt < Lifetime)
            {
                return loaded.Calendar;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var years = await db.CalendarYears.AsNoTracking().ToListAsync(cancellationToken);
            var calendar = WorkingCalendar.FromYears(years);
            _cached = (calendar, clock.GetUtcNow());
            return calendar;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _cached = null;

    public void Dispose() => _loading.Dispose();
}
